import { record } from "./audit.mjs";

export class LeaveError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const ALLOWANCE_DAYS = 25;
const open = new Map();
/** Decided requests, for the team calendar: the latest 100. */
const decided = [];
const CALENDAR_SIZE = 100;

function workingDays(from, to) {
  let days = 0;
  const last = new Date(to).getTime();
  for (let t = new Date(from).getTime(); t <= last; t += 86_400_000) {
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) days++;
  }
  return days;
}

export async function submit(input, employee) {
  if (!input.id || !input.from || !input.to) throw new LeaveError(400, "id, from and to needed");
  if (open.has(input.id)) throw new LeaveError(409, `${input.id} already submitted`);
  const days = workingDays(input.from, input.to);
  if (days === 0) throw new LeaveError(422, "no working days in that range");
  if (days > ALLOWANCE_DAYS) throw new LeaveError(422, "more than the yearly allowance");
  const request = {
    id: input.id,
    employee,
    manager: input.manager,
    from: input.from,
    to: input.to,
    days,
    kind: input.kind ?? "annual",
    note: input.note ?? "",
    status: "pending",
  };
  open.set(request.id, request);
  const entry = await record(request.id, "submitted", employee, { days, kind: request.kind });
  return { ...request, auditSeq: entry.seq };
}

export async function decide(id, decision, manager) {
  const request = open.get(id);
  if (!request) throw new LeaveError(404, `no pending request ${id}`);
  if (request.manager !== manager) throw new LeaveError(403, "not your report");
  if (decision.status !== "approved" && decision.status !== "declined") {
    throw new LeaveError(422, "status must be approved or declined");
  }
  open.delete(id);
  request.status = decision.status;
  decided.unshift({
    id,
    employee: request.employee,
    from: request.from,
    to: request.to,
    status: request.status,
  });
  if (decided.length > CALENDAR_SIZE) decided.length = CALENDAR_SIZE;
  const entry = await record(id, decision.status, manager, { comment: decision.comment ?? "" });
  return { id, status: request.status, auditSeq: entry.seq };
}

export function calendar() {
  return decided.slice(0, 20);
}
