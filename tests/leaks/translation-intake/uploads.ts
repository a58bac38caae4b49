/**
 * Resumable document uploads. An upload is identified by the client and the file name, so a
 * dropped connection (or a second try from another machine) resumes the same upload instead of
 * starting a new one.
 */

export interface Part {
  offset: number;
  size: number;
  sha256: string;
  text: string;
}

export class UploadSession {
  readonly startedAt = Date.now();
  readonly parts: Part[] = [];
  received = 0;

  constructor(
    readonly client: string,
    /** As the client gave it: the translators get the file back under this name. */
    readonly fileName: string,
    readonly sourceLang: string,
    readonly targetLang: string,
    readonly expectedBytes: number,
  ) {}

  get complete(): boolean {
    return this.received >= this.expectedBytes;
  }
}

export class UploadRegistry {
  #sessions = new Map<string, UploadSession>();

  /**
   * macOS hands file names over decomposed (NFD: "u" + U+0308) and Windows composed (NFC: "ü"),
   * so the same contract picked on both would be two uploads: key on the composed form.
   */
  #key(client: string, fileName: string): string {
    return `${client}/${fileName.normalize("NFC")}`;
  }

  start(
    client: string,
    fileName: string,
    langs: { source: string; target: string },
    bytes: number,
  ): UploadSession {
    const key = this.#key(client, fileName);
    const existing = this.#sessions.get(key);
    if (existing) return existing;
    const session = new UploadSession(client, fileName, langs.source, langs.target, bytes);
    this.#sessions.set(key, session);
    return session;
  }

  find(client: string, fileName: string): UploadSession | undefined {
    return this.#sessions.get(this.#key(client, fileName));
  }

  /** The upload is handed over to the project: forget it. */
  finish(session: UploadSession): void {
    this.#sessions.delete(`${session.client}/${session.fileName}`);
  }

  get size(): number {
    return this.#sessions.size;
  }
}
