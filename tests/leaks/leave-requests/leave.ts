import { TeamCalendar } from "./calendar.ts";
import { Escalations } from "./escalation.ts";

export class LeaveError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

interface Employee {
  id: string;
  name: string;
  team: string;
  manager: string;
  balance: number;
}

type State = "submitted" | "escalated" | "approved" | "declined" | "cancelled";

interface LeaveRequest {
  id: string;
  employee: string;
  type: string;
  from: string;
  to: string;
  days: string[];
  note: string;
  state: State;
  decider: string;
  transitions: { from: State | null; to: State; by: string; at: string }[];
}

const employees = new Map<string, Employee>([
  ["sam.okoro", {
    id: "sam.okoro",
    name: "Sam Okoro",
    team: "platform",
    manager: "dana.ward",
    balance: 80,
  }],
  ["ines.costa", {
    id: "ines.costa",
    name: "Inês Costa",
    team: "platform",
    manager: "dana.ward",
    balance: 80,
  }],
]);
const HR_PARTNER = "hr.partner";
const CLOSED_KEPT = 50;
const AUDIT_KEPT = 100;

const open = new Map<string, LeaveRequest>();
const closed: { id: string; employee: string; state: State; days: number }[] = [];
const audit: { request: string; from: State | null; to: State; by: string; at: string }[] = [];
const calendar = new TeamCalendar();
const escalations = new Escalations(250, (id) => {
  const request = open.get(id);
  if (request && request.state === "submitted") transition(request, "escalated", "system");
});

function workingDays(from: string, to: string): string[] {
  const days: string[] = [];
  const end = new Date(`${to}T00:00:00Z`);
  const d = new Date(`${from}T00:00:00Z`);
  for (; d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) days.push(d.toISOString().slice(0, 10));
    if (days.length > 30) throw new LeaveError(422, "requests are limited to 30 working days");
  }
  return days;
}

function transition(request: LeaveRequest, to: State, by: string) {
  const entry = { from: request.state, to, by, at: new Date().toISOString() };
  request.transitions.push(entry);
  request.state = to;
  if (to === "escalated") request.decider = HR_PARTNER;
  audit.unshift({ request: request.id, ...entry });
  if (audit.length > AUDIT_KEPT) audit.length = AUDIT_KEPT;
}

function close(request: LeaveRequest) {
  open.delete(request.id);
  closed.unshift({
    id: request.id,
    employee: request.employee,
    state: request.state,
    days: request.days.length,
  });
  if (closed.length > CLOSED_KEPT) closed.length = CLOSED_KEPT;
}

function employee(id: string): Employee {
  const e = employees.get(id);
  if (!e) throw new LeaveError(404, `no employee ${id}`);
  return e;
}

export function submit(body: Record<string, unknown>) {
  const id = String(body.id ?? "");
  if (!id) throw new LeaveError(400, "a request needs an id");
  if (open.has(id)) throw new LeaveError(409, `${id} exists`);
  const who = employee(String(body.employee ?? ""));
  const days = workingDays(String(body.from), String(body.to));
  if (days.length === 0) throw new LeaveError(422, "no working days in that range");
  const request: LeaveRequest = {
    id,
    employee: who.id,
    type: String(body.type ?? "annual"),
    from: String(body.from),
    to: String(body.to),
    days,
    note: String(body.note ?? "").slice(0, 500),
    state: "submitted",
    decider: who.manager,
    transitions: [],
  };
  open.set(id, request);
  transition(request, "submitted", who.id);
  escalations.arm(id);
  return request;
}

export function decide(id: string, body: Record<string, unknown>) {
  const request = open.get(id);
  if (!request) throw new LeaveError(404, `no open request ${id}`);
  if (request.state !== "submitted" && request.state !== "escalated") {
    throw new LeaveError(409, `${id} is ${request.state}`);
  }
  const by = String(body.by ?? "");
  const who = employee(request.employee);
  // the manager can still decide after it went to HR
  if (![request.decider, who.manager, HR_PARTNER].includes(by)) {
    throw new LeaveError(403, `${by} cannot decide ${id}`);
  }
  escalations.disarm(id);
  if (body.approve !== true) {
    transition(request, "declined", by);
    close(request);
    return { id, state: request.state };
  }
  if (request.type === "annual" && who.balance < request.days.length) {
    throw new LeaveError(409, `${who.id} has ${who.balance} days left`);
  }
  if (request.type === "annual") who.balance -= request.days.length;
  calendar.book(who.team, request.days, id);
  transition(request, "approved", by);
  return { id, state: request.state, balance: who.balance };
}

export function cancel(id: string, body: Record<string, unknown>) {
  const request = open.get(id);
  if (!request) throw new LeaveError(404, `no open request ${id}`);
  const by = String(body.by ?? "");
  if (by !== request.employee) throw new LeaveError(403, "only the employee can cancel");
  escalations.disarm(id);
  const who = employee(request.employee);
  if (request.state === "approved") {
    if (request.type === "annual") who.balance += request.days.length;
    calendar.release(who.team, request.days, id);
  }
  transition(request, "cancelled", by);
  close(request);
  return { id, state: request.state, balance: who.balance };
}

export function view(id: string) {
  const request = open.get(id);
  if (request) return request;
  const done = closed.find((c) => c.id === id);
  if (!done) throw new LeaveError(404, `no request ${id}`);
  return done;
}

export function teamMonth(team: string, month: string) {
  return calendar.month(team, month);
}

export function balance(id: string) {
  const e = employee(id);
  return { employee: e.id, balance: e.balance };
}

export function ops() {
  return {
    open: open.size,
    closed: closed.length,
    escalationsPending: escalations.pending,
    escalated: escalations.escalated,
    audit: audit.slice(0, 10),
  };
}
