import { audit } from "./audit.ts";

export type Verdict = "approve" | "reject";
export type Outcome = "granted" | "rejected" | "timed_out" | "withdrawn";

export interface Decision {
  requestId: string;
  role: string;
  by: string;
  verdict: Verdict;
  accepted?: boolean;
}

export interface AccessRequest {
  id: string;
  requester: string;
  resource: string;
  level: "read" | "write" | "admin";
  reason: string;
  chain: string[];
  awaiting: string | null;
  approvals: { role: string; by: string; at: number }[];
  state: "pending" | Outcome;
}

/** Decisions and withdrawals, for whichever request's current step waits on them. */
export const decisionBus = new EventTarget();
/** Requests still waiting on someone; settled ones go to the last-100 list. */
export const open = new Map<string, AccessRequest>();
const RECENT = 100;
export const settled = new Map<string, AccessRequest>();

/** How long one approver gets before the request lapses. */
const STEP_TIMEOUT_MS = 48 * 60 * 60 * 1000;

function chainFor(resource: string, level: AccessRequest["level"]): string[] {
  const chain = ["owner"];
  if (resource.startsWith("prod-") || level !== "read") chain.push("security");
  if (level === "admin") chain.push("cto");
  return chain;
}

type StepResult =
  | { kind: "decision"; decision: Decision }
  | { kind: "timeout" }
  | { kind: "withdrawn" };

/** Waits for the step's approver, a withdrawal or the timeout; whichever comes first cleans up. */
function waitForStep(request: AccessRequest, role: string): Promise<StepResult> {
  return new Promise((resolve) => {
    const listening = new AbortController();
    const finish = (result: StepResult) => {
      clearTimeout(timer);
      listening.abort();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: "timeout" }), STEP_TIMEOUT_MS);
    decisionBus.addEventListener("decision", (event) => {
      const decision = (event as CustomEvent<Decision>).detail;
      if (decision.requestId !== request.id || decision.role !== role) return;
      decision.accepted = true;
      finish({ kind: "decision", decision });
    }, { signal: listening.signal });
    decisionBus.addEventListener("withdraw", (event) => {
      if ((event as CustomEvent<string>).detail === request.id) finish({ kind: "withdrawn" });
    }, { signal: listening.signal });
  });
}

async function run(request: AccessRequest) {
  let outcome: Outcome = "granted";
  for (const role of request.chain) {
    request.awaiting = role;
    const step = await waitForStep(request, role);
    if (step.kind === "timeout") outcome = "timed_out";
    else if (step.kind === "withdrawn") outcome = "withdrawn";
    else if (step.decision.verdict === "reject") outcome = "rejected";
    else {
      request.approvals.push({ role, by: step.decision.by, at: Date.now() });
      audit(request.id, `approved:${role}`, step.decision.by);
      continue;
    }
    break;
  }
  request.awaiting = null;
  request.state = outcome;
  audit(request.id, outcome, "workflow");
  open.delete(request.id);
  settled.set(request.id, request);
  if (settled.size > RECENT) settled.delete(settled.keys().next().value!);
}

export function submit(input: Omit<AccessRequest, "chain" | "awaiting" | "approvals" | "state">) {
  const request: AccessRequest = {
    ...input,
    chain: chainFor(input.resource, input.level),
    awaiting: null,
    approvals: [],
    state: "pending",
  };
  open.set(request.id, request);
  audit(request.id, "submitted", request.requester);
  run(request);
  return request;
}

export function decide(decision: Decision): boolean {
  decisionBus.dispatchEvent(new CustomEvent("decision", { detail: decision }));
  return decision.accepted === true;
}

export function withdraw(id: string): boolean {
  if (!open.has(id)) return false;
  decisionBus.dispatchEvent(new CustomEvent("withdraw", { detail: id }));
  return true;
}
