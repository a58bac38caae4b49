export type PreviewStatus = "building" | "ready" | "failed";

export interface Preview {
  id: string;
  repo: string;
  pr: number;
  branch: string;
  sha: string;
  host: string;
  status: PreviewStatus;
  createdAt: number;
  lastHit: number;
  deploys: number;
  buildTimer?: ReturnType<typeof setTimeout>;
  idleTimer?: ReturnType<typeof setTimeout>;
}

export interface PreviewEvent {
  at: number;
  preview: string;
  kind: "created" | "ready" | "redeployed" | "slept" | "closed";
  sha?: string;
}

/** How long a build takes in the sandbox cluster (the real builder calls back). */
const BUILD_MS = 80;
/** Previews nobody looked at for this long are scaled to zero and dropped from the router. */
const IDLE_MS = 200;
const MAX_EVENTS = 25;

export class PreviewError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class PreviewFleet {
  #byId = new Map<string, Preview>();
  #byHost = new Map<string, Preview>();
  #events: PreviewEvent[] = [];

  constructor(readonly domain: string) {}

  create(repo: string, pr: number, branch: string, sha: string): Preview {
    const id = `${repo.replaceAll("/", "-")}-pr-${pr}`;
    if (this.#byId.has(id)) throw new PreviewError(409, `preview ${id} exists`);
    const preview: Preview = {
      id,
      repo,
      pr,
      branch,
      sha,
      host: `${id}.${this.domain}`.toLowerCase(),
      status: "building",
      createdAt: Date.now(),
      lastHit: Date.now(),
      deploys: 1,
    };
    this.#byId.set(id, preview);
    this.#byHost.set(preview.host, preview);
    this.#log({ at: Date.now(), preview: id, kind: "created", sha });
    this.#build(preview);
    this.#armIdle(preview);
    return preview;
  }

  get(id: string): Preview {
    const preview = this.#byId.get(id);
    if (!preview) throw new PreviewError(404, `no preview ${id}`);
    return preview;
  }

  /** A request routed to the preview by its host name; keeps it awake. */
  route(host: string): Preview | undefined {
    const preview = this.#byHost.get(host.toLowerCase());
    if (preview) {
      preview.lastHit = Date.now();
      this.#armIdle(preview);
    }
    return preview;
  }

  redeploy(id: string, sha: string): Preview {
    const preview = this.get(id);
    preview.sha = sha;
    preview.deploys++;
    preview.status = "building";
    this.#log({ at: Date.now(), preview: id, kind: "redeployed", sha });
    this.#build(preview);
    this.#armIdle(preview);
    return preview;
  }

  close(id: string): Preview {
    const preview = this.get(id);
    this.#remove(preview);
    this.#log({ at: Date.now(), preview: id, kind: "closed" });
    return preview;
  }

  events(): PreviewEvent[] {
    return this.#events;
  }

  stats() {
    return { live: this.#byId.size, routed: this.#byHost.size, events: this.#events.length };
  }

  #build(preview: Preview) {
    clearTimeout(preview.buildTimer);
    preview.buildTimer = setTimeout(() => {
      preview.buildTimer = undefined;
      preview.status = "ready";
      this.#log({ at: Date.now(), preview: preview.id, kind: "ready", sha: preview.sha });
    }, BUILD_MS);
  }

  #armIdle(preview: Preview) {
    clearTimeout(preview.idleTimer);
    preview.idleTimer = setTimeout(() => {
      this.#remove(preview);
      this.#log({ at: Date.now(), preview: preview.id, kind: "slept" });
    }, IDLE_MS);
  }

  #remove(preview: Preview) {
    clearTimeout(preview.buildTimer);
    clearTimeout(preview.idleTimer);
    preview.buildTimer = undefined;
    preview.idleTimer = undefined;
    this.#byId.delete(preview.id);
    this.#byHost.delete(preview.host);
  }

  #log(event: PreviewEvent) {
    this.#events.push(event);
    if (this.#events.length > MAX_EVENTS) this.#events.splice(0, this.#events.length - MAX_EVENTS);
  }
}
