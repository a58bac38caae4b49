// The ClickHouse sidecar's HTTP interface (JSONEachRow inserts).
const WAREHOUSE_URL = process.env.WAREHOUSE_URL ??
  "http://127.0.0.1:8123/?query=INSERT%20INTO%20telemetry%20FORMAT%20JSONEachRow";

export async function insertRows(ndjson) {
  const res = await fetch(WAREHOUSE_URL, {
    method: "POST",
    body: ndjson,
    headers: { "content-type": "application/x-ndjson" },
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`warehouse answered ${res.status}: ${await res.text()}`);
}
