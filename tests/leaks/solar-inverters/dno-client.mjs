let sequence = 0;

/**
 * Client for the distribution network operator's export-limitation API. The sandbox endpoint is
 * simulated in-process: it acknowledges after a short latency unless the call is aborted.
 */
export class DnoClient {
  constructor({ latencyMs = 4, operator = "NPG" } = {}) {
    this.latencyMs = latencyMs;
    this.operator = operator;
    this.acknowledged = 0;
  }

  send(event, { signal } = {}) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        this.acknowledged++;
        resolve({
          ref: `${this.operator}-${Date.now().toString(36)}-${++sequence}`,
          mpan: event.mpan,
          accepted: event.setpointW >= 0,
        });
      }, this.latencyMs);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
}
