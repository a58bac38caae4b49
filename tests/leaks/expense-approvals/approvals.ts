import { actingFor, person } from "./directory.ts";
import { ApprovalInbox } from "./inbox.ts";

export class ApprovalError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface ExpenseClaim {
  id: string;
  employee: string;
  description: string;
  amount: number;
  currency: string;
  category: string;
  receipts: { file: string; sha256: string }[];
  submittedAt: string;
  status: "pending" | "approved" | "rejected";
  steps: string[];
  step: number;
}

export interface ApprovalTask {
  id: string;
  claim: ExpenseClaim;
  step: string;
  approver: string;
  assignee: string;
  createdAt: string;
  history: { at: string; event: string; [k: string]: unknown }[];
}

/** Claims above this go to Accounts Payable after the line manager. */
const FINANCE_THRESHOLD = 500;
const RECENT = 40;

export const inbox = new ApprovalInbox();
const open = new Map<string, { claim: ExpenseClaim; task: ApprovalTask }>();
const recent: { id: string; status: string; amount: number; decidedAt: string }[] = [];

function chainFor(claim: ExpenseClaim): string[] {
  const employee = person(claim.employee);
  if (!employee?.manager) throw new ApprovalError(422, `${claim.employee} has no line manager`);
  const chain = [employee.manager];
  if (claim.amount > FINANCE_THRESHOLD) chain.push("finance.ap");
  return chain;
}

function openTask(claim: ExpenseClaim): ApprovalTask {
  const approver = claim.steps[claim.step];
  const task: ApprovalTask = {
    id: `${claim.id}:${claim.step + 1}`,
    claim,
    step: claim.step === 0 ? "line-manager" : "finance",
    approver,
    assignee: approver,
    createdAt: new Date().toISOString(),
    history: [{ at: new Date().toISOString(), event: "created", approver }],
  };
  inbox.add(task);
  const acting = actingFor(approver);
  if (acting !== approver) inbox.reassign(task, acting, `${approver} is away`);
  return task;
}

export function submit(body: Record<string, unknown>): ExpenseClaim {
  const id = String(body.id ?? "");
  if (!id) throw new ApprovalError(400, "a claim needs an id");
  if (open.has(id)) throw new ApprovalError(409, `claim ${id} is already open`);
  const amount = Number(body.amount);
  if (!(amount > 0)) throw new ApprovalError(400, "amount must be positive");
  const claim: ExpenseClaim = {
    id,
    employee: String(body.employee ?? ""),
    description: String(body.description ?? "").slice(0, 500),
    amount,
    currency: String(body.currency ?? "GBP"),
    category: String(body.category ?? "other"),
    receipts: Array.isArray(body.receipts) ? body.receipts as ExpenseClaim["receipts"] : [],
    submittedAt: new Date().toISOString(),
    status: "pending",
    steps: [],
    step: 0,
  };
  claim.steps = chainFor(claim);
  open.set(id, { claim, task: openTask(claim) });
  return claim;
}

export function decide(claimId: string, by: string, approve: boolean, comment = "") {
  const entry = open.get(claimId);
  if (!entry) throw new ApprovalError(404, `no open claim ${claimId}`);
  const { claim, task } = entry;
  if (task.assignee !== by) throw new ApprovalError(403, `${by} cannot decide ${task.id}`);
  task.history.push({
    at: new Date().toISOString(),
    event: approve ? "approved" : "rejected",
    by,
    comment,
  });
  inbox.remove(task);

  if (approve && claim.step + 1 < claim.steps.length) {
    claim.step++;
    entry.task = openTask(claim);
    return { claim: claim.id, status: claim.status, next: entry.task.assignee };
  }
  claim.status = approve ? "approved" : "rejected";
  open.delete(claimId);
  recent.unshift({
    id: claim.id,
    status: claim.status,
    amount: claim.amount,
    decidedAt: new Date().toISOString(),
  });
  if (recent.length > RECENT) recent.length = RECENT;
  return { claim: claim.id, status: claim.status };
}

export function claimView(claimId: string) {
  const entry = open.get(claimId);
  if (entry) {
    return { ...entry.claim, waitingOn: entry.task.assignee, task: entry.task.id };
  }
  const done = recent.find((r) => r.id === claimId);
  if (!done) throw new ApprovalError(404, `no claim ${claimId}`);
  return done;
}

export function stats() {
  return { open: open.size, recent: recent.length, inbox: inbox.counts() };
}
