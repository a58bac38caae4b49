// Stand-in for the EU EORI validation service (the real one is a SOAP endpoint). Answers
// after a short delay; numbers ending in 999 are the registry's "not found".

export class RegistryError extends Error {
  constructor(eori, status, body) {
    super(`EORI registry answered ${status} for ${eori}`);
    this.name = "RegistryError";
    this.eori = eori;
    this.status = status;
    this.body = body;
  }
}

let calls = 0;

function envelope(eori, result, extra = "") {
  return `<?xml version="1.0" encoding="UTF-8"?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><ns2:validateEORIResponse xmlns:ns2="http://eori.ws.eos.dds.s/"><return><requestDate>${
    new Date().toISOString().slice(0, 10)
  }</requestDate><result><eori>${eori}</eori><status>${result.code}</status><statusDescr>${result.descr}</statusDescr>${extra}</result></return></ns2:validateEORIResponse></S:Body></S:Envelope>`;
}

export function checkEori(eori) {
  calls++;
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (eori.endsWith("999")) {
        reject(
          new RegistryError(eori, 404, envelope(eori, { code: 1, descr: "EORI number not valid" })),
        );
        return;
      }
      const country = eori.slice(0, 2);
      resolve({
        eori,
        valid: true,
        name: `Trader ${eori.slice(2, 8)} Ltd`,
        country,
        checkedAt: new Date().toISOString(),
        raw: envelope(
          eori,
          { code: 0, descr: "Valid" },
          `<name>Trader ${eori.slice(2, 8)} Ltd</name>`,
        ),
      });
    }, 8);
  });
}

export function registryCalls() {
  return calls;
}
