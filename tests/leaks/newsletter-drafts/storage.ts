/**
 * The object storage the drafts are saved to (the sandbox bucket: each put takes a few ms and
 * answers with an etag; only the last few keys are remembered, for the "recently saved" list).
 */

export interface StoredObject {
  key: string;
  etag: string;
  size: number;
  at: string;
}

export class DraftBucket {
  #recent: StoredObject[] = [];
  puts = 0;

  async put(key: string, body: unknown): Promise<StoredObject> {
    const text = JSON.stringify(body);
    await new Promise((r) => setTimeout(r, 4));
    const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(text));
    const etag = [...new Uint8Array(digest).slice(0, 8)]
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    const obj = { key, etag, size: text.length, at: new Date().toISOString() };
    this.#recent.unshift(obj);
    if (this.#recent.length > 20) this.#recent.length = 20;
    this.puts++;
    return obj;
  }

  recent(): StoredObject[] {
    return this.#recent.slice(0, 10);
  }
}
