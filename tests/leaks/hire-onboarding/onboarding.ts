export class OnboardingError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

/** What has to be in place before a new hire's first day, and which system reports it done. */
const STEPS = {
  "it-account": "it",
  "building-badge": "facilities",
  "payroll-record": "payroll",
} as const;
type StepName = keyof typeof STEPS;

interface StepState {
  status: "waiting" | "done";
  doneAt?: string;
  detail?: Record<string, unknown>;
}

export interface NewHire {
  id: string;
  name: string;
  role: string;
  team: string;
  startDate: string;
  manager: string;
  steps: Record<StepName, StepState>;
  transitions: { at: string; step: string; to: string }[];
}

const inProgress = new Map<string, NewHire>();
const ready: { id: string; name: string; startDate: string; readyAt: string }[] = [];
const READY_SHOWN = 25;

export function startOnboarding(body: Record<string, unknown>): NewHire {
  const id = String(body.id ?? "");
  if (!id) throw new OnboardingError(400, "a new hire needs an id");
  if (inProgress.has(id)) throw new OnboardingError(409, `${id} is already onboarding`);
  const hire: NewHire = {
    id,
    name: String(body.name ?? ""),
    role: String(body.role ?? ""),
    team: String(body.team ?? ""),
    startDate: String(body.startDate ?? ""),
    manager: String(body.manager ?? ""),
    steps: {
      "it-account": { status: "waiting" },
      "building-badge": { status: "waiting" },
      "payroll-record": { status: "waiting" },
    },
    transitions: [],
  };
  inProgress.set(id, hire);
  return hire;
}

/** A provisioning system reports a step done. */
export function stepDone(system: string, body: Record<string, unknown>) {
  const hire = inProgress.get(String(body.hire ?? ""));
  if (!hire) throw new OnboardingError(404, `no onboarding for ${body.hire}`);
  const step = String(body.step ?? "") as StepName;
  if (STEPS[step] !== system) throw new OnboardingError(422, `${system} does not own ${step}`);
  const state = hire.steps[step];
  if (state.status === "done") return { hire: hire.id, step, status: "done", already: true };
  state.status = "done";
  state.doneAt = new Date().toISOString();
  state.detail = (body.detail ?? {}) as Record<string, unknown>;
  hire.transitions.push({ at: state.doneAt, step, to: "done" });

  const outstanding = Object.entries(hire.steps).filter(([, s]) => s.status !== "done");
  if (outstanding.length === 0) {
    inProgress.delete(hire.id);
    ready.unshift({
      id: hire.id,
      name: hire.name,
      startDate: hire.startDate,
      readyAt: state.doneAt,
    });
    if (ready.length > READY_SHOWN) ready.length = READY_SHOWN;
  }
  return { hire: hire.id, step, status: "done", outstanding: outstanding.map(([name]) => name) };
}

export function hireView(id: string) {
  const hire = inProgress.get(id);
  if (hire) return hire;
  const done = ready.find((r) => r.id === id);
  if (!done) throw new OnboardingError(404, `no new hire ${id}`);
  return { ...done, status: "ready" };
}

export function board() {
  return { inProgress: inProgress.size, ready: ready.slice(0, 10) };
}
