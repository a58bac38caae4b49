import { activity, type Command, CommandBus, serialised } from "./bus.ts";
import { LruCache, render, type SignedOff } from "./certificates.ts";
import { Container, token } from "./container.ts";
import { EventStore, type Projection, Projector, type Recorded } from "./events.ts";
import { Hooks } from "./hooks.ts";
import { type Finding, Inspection, InspectionError, type Result } from "./inspection.ts";

export type AppHooks = Hooks<{ warning: { target: string; text: string }; signedOff: SignedOff }>;

interface ScaffoldRow {
  id: string;
  site: string;
  tag: string;
  lastInspected?: string;
  lastResult?: string;
}

export class ScaffoldBoard implements Projection {
  readonly name = "scaffolds";
  readonly rows = new Map<string, ScaffoldRow>();

  constructor(scaffolds: ScaffoldRow[]) {
    for (const s of scaffolds) this.rows.set(s.id, s);
  }

  apply(e: Recorded) {
    if (e.type !== "InspectionSignedOff") return;
    const d = e.data as { scaffold: string; result: string; tag: string };
    const row = this.rows.get(d.scaffold);
    if (!row) return;
    row.tag = d.tag;
    row.lastResult = d.result;
    row.lastInspected = e.at;
  }
}

export class OpenInspections implements Projection {
  readonly name = "open";
  readonly rows = new Map<string, { scaffold: string; inspector: string; since: string }>();

  apply(e: Recorded) {
    const d = e.data as { id?: string; scaffold?: string; inspector?: string };
    if (e.type === "InspectionStarted") {
      this.rows.set(d.id!, { scaffold: d.scaffold!, inspector: d.inspector!, since: e.at });
    } else if (e.type === "InspectionSignedOff") {
      this.rows.delete(d.id!);
    }
  }
}

/** Per request: the repository reads an inspection once and keeps it until the request ends. */
export class InspectionRepository {
  #loaded = new Map<string, Inspection>();
  constructor(private readonly store: EventStore) {}

  get(id: string): Inspection {
    let i = this.#loaded.get(id);
    if (!i) {
      const history = this.store.read(Inspection.stream(id));
      if (!history.length) throw new InspectionError(404, `no inspection ${id}`);
      i = new Inspection().replay(history);
      this.#loaded.set(id, i);
    }
    return i;
  }

  save(i: Inspection) {
    const recorded = this.store.append(Inspection.stream(i.id), i.version, i.changes.splice(0));
    if (i.status === "signed-off") this.store.close(Inspection.stream(i.id));
    return recorded;
  }

  release() {
    this.#loaded.clear();
  }
}

export const T = {
  store: token<EventStore>("EventStore"),
  hooks: token<AppHooks>("Hooks"),
  certificates: token<LruCache<string>>("Certificates"),
  repo: token<InspectionRepository>("InspectionRepository"),
};

export function buildApp() {
  const container = new Container()
    .singleton(T.store, () => new EventStore())
    .singleton(T.hooks, () => new Hooks())
    .singleton(T.certificates, () => new LruCache<string>(16))
    .scoped(T.repo, (r) => new InspectionRepository(r.get(T.store)), (repo) => repo.release());

  const store = container.root.get(T.store);
  const hooks = container.root.get(T.hooks);
  const certificates = container.root.get(T.certificates);
  const board = new ScaffoldBoard([
    { id: "SC-12", site: "Riverside Quarter, Block B", tag: "green" },
    { id: "SC-14", site: "Riverside Quarter, Block C", tag: "green" },
    { id: "SC-31", site: "St Anne's School extension", tag: "red" },
  ]);
  const open = new OpenInspections();
  const projector = new Projector([board, open]);
  store.listen(projector.onEvents);

  hooks.on("signedOff", (s) => certificates.set(s.id, render(s)));

  // the scope a command runs in, for handlers to resolve scoped services from
  const current = new WeakMap<Command, ReturnType<Container["scope"]>>();

  const queue = serialised();
  const recent = activity();
  const bus = new CommandBus().use(recent).use(queue);

  bus.handle("StartInspection", (c) => {
    const d = c.payload as { scaffold: string; site: string; checks?: string[] };
    if (!board.rows.has(d.scaffold)) throw new InspectionError(404, `no scaffold ${d.scaffold}`);
    if (store.read(Inspection.stream(c.target)).length) {
      throw new InspectionError(409, `${c.target} exists`);
    }
    const i = new Inspection();
    i.start({ id: c.target, scaffold: d.scaffold, site: d.site, inspector: c.by });
    const scope = current.get(c)!;
    scope.get(T.repo).save(i);
    return { id: c.target, status: i.status };
  });

  bus.handle("RecordFindings", (c) => {
    const repo = current.get(c)!.get(T.repo);
    const i = repo.get(c.target);
    const findings = (c.payload as { findings: Finding[] }).findings;
    i.note(findings);
    for (const f of findings) {
      if (!f.ok) {
        hooks.emit("warning", { target: i.id, text: `${f.item}: ${f.note ?? "not ok"}` });
      }
    }
    repo.save(i);
    return { id: i.id, failed: findings.filter((f) => !f.ok).length };
  });

  bus.handle("SignOff", (c) => {
    const repo = current.get(c)!.get(T.repo);
    const i = repo.get(c.target);
    const { result, tag } = c.payload as { result: Result; tag: string };
    i.signOff(result, tag);
    const [event] = repo.save(i);
    hooks.emit("signedOff", { ...(event.data as Omit<SignedOff, "at">), at: event.at });
    return { id: i.id, result, tag };
  });

  async function send(c: Command) {
    using scope = container.scope();
    current.set(c, scope);
    const warnings: string[] = [];
    const off = hooks.on("warning", (w) => {
      if (w.target === c.target) warnings.push(w.text);
    });
    try {
      const result = await bus.send(c);
      return { result, warnings };
    } finally {
      off();
    }
  }

  return { send, board, open, certificates, hooks, projector, store, queue, recent };
}
