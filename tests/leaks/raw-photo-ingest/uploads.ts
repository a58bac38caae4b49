import type { AssetStore } from "./assets.ts";
import type { TransferMonitor } from "./monitor.ts";

export interface UploadSession {
  id: string;
  name: string;
  size: number;
  camera: string;
  photographer: string;
  received: number;
  parts: string[];
  startedAt: number;
  updatedAt: number;
}

export class UploadError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const IDLE_MS = 5_000;
const SWEEP_MS = 250;
const MAX_SIZE = 64 * 1024 * 1024;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Resumable uploads (tus-style): create, then PATCH chunks at the current offset. */
export class Uploads {
  #sessions = new Map<string, UploadSession>();
  #timer: ReturnType<typeof setInterval>;

  constructor(private monitor: TransferMonitor, private assets: AssetStore) {
    this.#timer = setInterval(() => this.#sweep(), SWEEP_MS);
    Deno.unrefTimer(this.#timer);
  }

  create(input: Record<string, unknown>): UploadSession {
    const id = String(input.id ?? "");
    const size = Number(input.size);
    if (!/^[\w.-]{1,80}$/.test(id)) throw new UploadError(400, "bad upload id");
    if (!Number.isInteger(size) || size <= 0 || size > MAX_SIZE) {
      throw new UploadError(400, "size must be a positive integer");
    }
    if (this.#sessions.has(id)) throw new UploadError(409, `upload ${id} exists`);
    const now = Date.now();
    const session: UploadSession = {
      id,
      name: String(input.name ?? `${id}.raw`),
      size,
      camera: String(input.camera ?? "unknown"),
      photographer: String(input.photographer ?? "unknown"),
      received: 0,
      parts: [],
      startedAt: now,
      updatedAt: now,
    };
    this.#sessions.set(id, session);
    this.monitor.start(session);
    return session;
  }

  offsetOf(id: string): number {
    const session = this.#sessions.get(id);
    if (!session) throw new UploadError(404, `no upload ${id}`);
    return session.received;
  }

  async append(
    id: string,
    offset: number,
    chunk: string,
  ): Promise<{ offset: number; complete: boolean }> {
    const session = this.#sessions.get(id);
    if (!session) throw new UploadError(404, `no upload ${id}`);
    if (offset !== session.received) {
      throw new UploadError(409, `offset ${offset} does not match ${session.received}`);
    }
    if (session.received + chunk.length > session.size) {
      throw new UploadError(413, "chunk runs past the declared size");
    }
    session.parts.push(chunk);
    session.received += chunk.length;
    session.updatedAt = Date.now();
    if (session.received < session.size) return { offset: session.received, complete: false };

    await this.#complete(session);
    return { offset: session.received, complete: true };
  }

  async #complete(session: UploadSession): Promise<void> {
    this.#sessions.delete(session.id);
    const content = session.parts.join("");
    this.assets.put({
      id: session.id,
      name: session.name,
      size: session.size,
      camera: session.camera,
      photographer: session.photographer,
      sha256: await sha256(content),
      content,
      ingestedAt: new Date().toISOString(),
    });
    this.monitor.finish({ ...session, completedAt: Date.now() });
  }

  #sweep(): void {
    const cutoff = Date.now() - IDLE_MS;
    for (const [id, session] of this.#sessions) {
      if (session.updatedAt < cutoff) {
        this.#sessions.delete(id);
        this.monitor.abandon(session);
      }
    }
  }
}
