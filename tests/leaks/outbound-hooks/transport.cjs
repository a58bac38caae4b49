"use strict";

/**
 * How deliveries reach subscriber endpoints. Production posts over HTTPS; the sandbox transport
 * (local runs, the partner test environment) answers for *.example.test in-process so partners
 * can try their integration without a public URL:
 *
 *   https://<name>.example.test/ok/...      -> 200
 *   https://<name>.example.test/gone/...    -> 410
 *   https://<name>.example.test/flaky/...   -> 503
 */

class SandboxTransport {
  constructor() {
    this.sent = 0;
  }

  post(url, body, headers) {
    this.sent++;
    return new Promise((resolve) => {
      setImmediate(() => {
        let u;
        try {
          u = new URL(url);
        } catch {
          resolve({ status: 0, error: "bad url" });
          return;
        }
        if (!u.hostname.endsWith(".example.test")) {
          resolve({ status: 0, error: `sandbox cannot reach ${u.hostname}` });
          return;
        }
        if (!headers["x-signature"]) resolve({ status: 401, error: "unsigned" });
        else if (u.pathname.startsWith("/ok/")) resolve({ status: 200, bytes: body.length });
        else if (u.pathname.startsWith("/gone/")) resolve({ status: 410, error: "gone" });
        else resolve({ status: 503, error: "unavailable" });
      });
    });
  }
}

module.exports = { SandboxTransport };
