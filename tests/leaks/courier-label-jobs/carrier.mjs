// Stand-in for the carrier's label API: validates the address the way the real one does and
// answers with a tracking number. Every thirteenth call is rate limited, as in the sandbox.
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
let calls = 0;

export class CarrierError extends Error {
  constructor(status, message, response) {
    super(message);
    this.status = status;
    this.response = response;
  }
}

export async function createLabel(spec) {
  calls++;
  await new Promise((r) => setTimeout(r, 2));
  if (calls % 13 === 0) {
    throw new CarrierError(429, "rate limited", { retryAfter: 1, requestId: `rq-${calls}` });
  }
  if (!UK_POSTCODE.test(spec.to?.postcode ?? "")) {
    throw new CarrierError(422, `invalid postcode "${spec.to?.postcode}"`, {
      requestId: `rq-${calls}`,
      field: "consignee.postcode",
      hint: "Use the full postcode, e.g. SW1A 1AA",
    });
  }
  const tracking = `JD${String(1000000000 + calls).slice(1)}GB`;
  return { tracking, service: spec.service ?? "NEXT_DAY", pdfUrl: `/labels/${tracking}.pdf` };
}
