import { sha256Hex } from "./digest.ts";

/** One cached task output, as the build tool uploads it. */
export interface Artifact {
  team: string;
  hash: string;
  digest: string;
  size: number;
  task: string;
  durationMs: number;
  outputs: string[];
  logs: string;
  storedAt: number;
  hits: number;
}

export interface TaskOutput {
  task: string;
  durationMs: number;
  outputs: string[];
  logs: string;
}

/**
 * Remote cache for task outputs. Entries are kept in least-recently-used order (a Map iterates
 * in insertion order, so a hit re-inserts) and evicted once the store is over its byte budget.
 * Identical outputs uploaded under different task hashes can be fetched by content digest.
 */
export class ArtifactStore {
  #entries = new Map<string, Artifact>();
  #byDigest = new Map<string, Artifact>();
  #bytes = 0;
  #evictions = 0;

  constructor(readonly maxBytes: number) {}

  async put(team: string, hash: string, raw: string, output: TaskOutput): Promise<Artifact> {
    const digest = await sha256Hex(raw);
    const id = `${team}/${hash}`;
    const existing = this.#entries.get(id);
    if (existing) this.#drop(id, existing);

    const artifact: Artifact = {
      team,
      hash,
      digest,
      size: raw.length,
      task: output.task,
      durationMs: output.durationMs,
      outputs: output.outputs,
      logs: output.logs,
      storedAt: Date.now(),
      hits: 0,
    };
    this.#entries.set(id, artifact);
    this.#byDigest.set(`sha256:${digest}`, artifact);
    this.#bytes += artifact.size;
    this.#evict();
    return artifact;
  }

  get(team: string, hash: string): Artifact | undefined {
    const id = `${team}/${hash}`;
    const artifact = this.#entries.get(id);
    if (!artifact) return undefined;
    this.#entries.delete(id);
    this.#entries.set(id, artifact);
    artifact.hits++;
    return artifact;
  }

  /** `ref` is an OCI-style digest reference, e.g. `sha256:9f86d0…`. */
  byDigest(ref: string): Artifact | undefined {
    return this.#byDigest.get(ref);
  }

  stats() {
    return {
      entries: this.#entries.size,
      bytes: this.#bytes,
      maxBytes: this.maxBytes,
      evictions: this.#evictions,
    };
  }

  #evict() {
    while (this.#bytes > this.maxBytes) {
      const oldest = this.#entries.entries().next();
      if (oldest.done) break;
      const [id, victim] = oldest.value;
      this.#drop(id, victim);
      this.#evictions++;
    }
  }

  #drop(id: string, victim: Artifact) {
    this.#entries.delete(id);
    this.#byDigest.delete(victim.digest);
    this.#bytes -= victim.size;
  }
}
