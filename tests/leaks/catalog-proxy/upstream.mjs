// Stands in for the supplier's catalogue API (a few ms of latency, honours the signal).
const BRANDS = ["acme", "globex", "initech", "umbrella"];

export function fetchProduct(sku, { signal }) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason);
    };
    const t = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      const n = [...sku].reduce((a, ch) => a + ch.charCodeAt(0), 0);
      resolve({
        sku,
        brand: BRANDS[n % BRANDS.length],
        title: `Product ${sku.toUpperCase()}`,
        priceCents: 999 + (n * 37) % 9000,
        stock: n % 40,
      });
    }, 1);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
