// The probe a check runs. The real one fetches the monitor's URL from three regions; this
// stand-in answers from the monitor's own simulated state so the service runs offline.

const REGIONS = ["eu-west", "us-east", "ap-south"];

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export async function probe(monitor, attempt) {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const seed = hash(`${monitor.id}:${attempt}`);
  const down = monitor.simulate === "down" || (monitor.simulate === "flaky" && seed % 5 === 0);
  const regions = REGIONS.map((region, n) => ({
    region,
    status: down ? 503 : 200,
    dnsMs: 3 + ((seed >> n) % 9),
    connectMs: 12 + ((seed >> (n + 3)) % 40),
    tlsMs: 20 + ((seed >> (n + 5)) % 30),
    firstByteMs: 80 + ((seed >> (n + 7)) % 300),
  }));
  return {
    monitorId: monitor.id,
    at: new Date().toISOString(),
    up: !down,
    status: down ? 503 : 200,
    regions,
    headers: {
      server: "nginx/1.25.4",
      "content-type": "text/html; charset=utf-8",
      "cache-control": "max-age=60",
      "x-request-id": `req-${seed.toString(16)}`,
    },
    tls: { issuer: "R11", validTo: "2030-02-11T00:00:00Z", protocol: "TLSv1.3" },
    keywordFound: down ? false : monitor.keyword ? true : null,
    bodySample: down
      ? "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"
      : `<!doctype html><html><head><title>${monitor.name}</title></head><body>`,
  };
}
