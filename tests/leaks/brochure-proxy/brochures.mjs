import http from "node:http";

/** Keep-alive connections to the brochure store, shared by every request. */
export const brochureAgent = new http.Agent({ keepAlive: true, maxFreeSockets: 16 });

let upstream = { host: "127.0.0.1", port: 0 };
export function useUpstream(host, port) {
  upstream = { host, port };
}

/** The brochure, or null when the store has no such brochure. */
export function fetchBrochure(id) {
  return new Promise((resolve, reject) => {
    const options = {
      ...upstream,
      path: `/brochures/${encodeURIComponent(id)}`,
      headers: { accept: "application/json" },
      agent: brochureAgent,
    };
    const req = http.get(options, (res) => {
      if (res.statusCode === 404) return resolve(null);
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`brochure store answered ${res.statusCode}`));
      }
      let raw = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (raw += chunk));
      res.on("end", () => {
        try {
          resolve(JSON.parse(raw));
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on("error", reject);
  });
}

/** Found brochures, most recently used last (at most 50). */
const recent = new Map();
export async function brochure(id) {
  if (recent.has(id)) {
    const hit = recent.get(id);
    recent.delete(id);
    recent.set(id, hit);
    return hit;
  }
  const found = await fetchBrochure(id);
  if (found) {
    recent.set(id, found);
    if (recent.size > 50) recent.delete(recent.keys().next().value);
  }
  return found;
}

export function cacheSize() {
  return recent.size;
}
