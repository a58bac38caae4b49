/** Stand-in for the object store: keeps the most recent objects, as the dev bucket does. */
export interface StoredObject {
  key: string;
  bytes: number;
  contentType: string;
  sha256: string;
}

const KEEP = 20;
const objects = new Map<string, { meta: StoredObject; data: Uint8Array }>();

export async function putObject(
  key: string,
  body: ReadableStream<Uint8Array>,
  contentType: string,
): Promise<StoredObject> {
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for await (const part of body) {
    parts.push(part);
    bytes += part.byteLength;
  }
  const data = new Uint8Array(bytes);
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.byteLength;
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  const meta = { key, bytes, contentType, sha256 };
  objects.set(key, { meta, data });
  while (objects.size > KEEP) objects.delete(objects.keys().next().value!);
  return meta;
}
