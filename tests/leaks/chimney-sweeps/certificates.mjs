// Certificates are numbered per sweep company; the tablet app retries uploads for up to an hour,
// so an identical upload inside the window gets the certificate it was already issued.
const REISSUE_WINDOW_MS = 2 * 60 * 60 * 1000;

function* certificateIssuer(prefix, firstNumber) {
  let next = firstNumber;
  const issued = [];
  let request = yield null;
  for (;;) {
    const cutoff = Date.now() - REISSUE_WINDOW_MS;
    while (issued.length > 0 && issued[0].sweptAt < cutoff) issued.shift();

    const key = `${request.postcode}|${request.address}|${request.appliance}|${request.sweptAt}`;
    const prior = issued.find((c) => c.key === key);
    let certificate;
    if (prior) {
      certificate = { ...prior, duplicate: true };
    } else {
      certificate = {
        number: `${prefix}-${String(next++).padStart(6, "0")}`,
        key,
        ...request,
        issuedAt: new Date().toISOString(),
      };
      issued.push(certificate);
    }
    request = yield certificate;
  }
}

const issuer = certificateIssuer("CSW", 104200);
issuer.next();

export function issueCertificate(job, result) {
  return issuer.next({
    jobId: job.id,
    sweep: job.sweep,
    address: job.address,
    postcode: job.postcode,
    appliance: result.appliance,
    fuel: result.fuel,
    sweptAt: result.sweptAt,
    smokeTest: result.smokeTest,
    cowl: result.cowl,
    advisories: result.advisories,
  }).value;
}
