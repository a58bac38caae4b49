import http from "node:http";
import * as audit from "./node_modules/audit-trail/index.mjs";
import eligibility from "./eligibility.cjs";
import { count, findByHolder, issue, renew, revoke } from "./licences.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4733;

// The SIEM collector (counted here; the real one posts the batch over HTTPS).
const siem = { batches: 0, events: 0 };
audit.startShipping({
  intervalMs: 200,
  ship: (batch) => {
    siem.batches++;
    siem.events += batch.length;
  },
});

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const actor = req.headers["x-user"] ?? "citizen-portal";

  if (url.pathname === "/licences" && req.method === "POST") {
    const { applicant, waters } = await readJson(req);
    if (!applicant?.email || !applicant.birthDate || !Array.isArray(waters)) {
      return send(res, 422, { error: "applicant (email, birthDate) and waters" });
    }
    const check = eligibility.checkEligibility(applicant, waters, actor);
    if (!check.eligible) return send(res, 422, { error: "not eligible", reasons: check.reasons });
    const licence = issue(applicant, waters);
    audit.record("licence.issued", actor, licence.number, { waters, holder: licence.holder });
    return send(res, 201, licence);
  }

  const m = /^\/licences\/([^/]+)(\/renew|\/revoke)?$/.exec(url.pathname);
  if (m) {
    const email = decodeURIComponent(m[1]);
    const licence = findByHolder(email);
    if (!licence) return send(res, 404, { error: "no licence for this holder" });
    if (!m[2] && req.method === "GET") return send(res, 200, licence);
    if (m[2] === "/renew" && req.method === "POST") {
      const check = eligibility.checkEligibility(
        { email, name: licence.name, ...(await readJson(req)) },
        licence.waters,
        actor,
      );
      if (!check.eligible) return send(res, 422, { error: "not eligible", reasons: check.reasons });
      audit.record("licence.renewed", actor, licence.number, { until: licence.validUntil });
      return send(res, 200, renew(licence));
    }
    if (m[2] === "/revoke" && req.method === "POST") {
      revoke(email);
      audit.record("licence.revoked", actor, licence.number, {});
      return send(res, 200, { revoked: licence.number });
    }
  }

  if (url.pathname === "/audit/stats") {
    return send(res, 200, { ...audit.stats(), siem, licences: count() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`fishing-licences on 127.0.0.1:${port}`));
