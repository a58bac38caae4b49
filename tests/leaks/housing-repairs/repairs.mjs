export class RepairError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const CATEGORIES = new Set(["plumbing", "heating", "electrical", "damp", "joinery", "roofing"]);
const PRIORITY_DAYS = { emergency: 1, urgent: 5, routine: 28 };
const RECENT = 25;

const open = new Map();
const recentlyCompleted = [];

function dueBy(priority, from = new Date()) {
  const d = new Date(from);
  d.setUTCDate(d.getUTCDate() + PRIORITY_DAYS[priority]);
  return d.toISOString().slice(0, 10);
}

export function raise(body, agent) {
  if (!body.ref || !body.address || !body.description) {
    throw new RepairError(400, "ref, address and description are required");
  }
  if (!CATEGORIES.has(body.category)) throw new RepairError(422, `unknown trade ${body.category}`);
  if (!(body.priority in PRIORITY_DAYS)) {
    throw new RepairError(422, `bad priority ${body.priority}`);
  }
  if (open.has(body.ref)) throw new RepairError(409, `${body.ref} is already open`);
  const ticket = {
    ref: body.ref,
    resident: body.resident,
    address: body.address,
    category: body.category,
    priority: body.priority,
    description: body.description,
    access: body.access ?? null,
    raisedBy: agent,
    raisedAt: new Date().toISOString(),
    dueBy: dueBy(body.priority),
    status: "reported",
    appointment: null,
    notes: [],
  };
  open.set(ticket.ref, ticket);
  return ticket;
}

export function get(ref) {
  const ticket = open.get(ref);
  if (!ticket) throw new RepairError(404, `no open repair ${ref}`);
  return ticket;
}

export function addNote(ref, text, agent) {
  const ticket = get(ref);
  const note = { text: String(text), by: agent, at: new Date().toISOString() };
  ticket.notes.push(note);
  return note;
}

export function update(ref, patch) {
  const ticket = get(ref);
  if (patch.status) ticket.status = patch.status;
  if (patch.appointment) ticket.appointment = { ...patch.appointment };
  return ticket;
}

export function complete(ref, body) {
  const ticket = get(ref);
  open.delete(ref);
  const summary = {
    ref,
    category: ticket.category,
    priority: ticket.priority,
    raisedAt: ticket.raisedAt,
    completedAt: new Date().toISOString(),
    operative: body.operative,
    withinTarget: new Date().toISOString().slice(0, 10) <= ticket.dueBy,
  };
  recentlyCompleted.unshift(summary);
  if (recentlyCompleted.length > RECENT) recentlyCompleted.length = RECENT;
  return summary;
}

export function board() {
  return {
    open: [...open.values()].map((t) => ({
      ref: t.ref,
      category: t.category,
      priority: t.priority,
      status: t.status,
      dueBy: t.dueBy,
    })),
    recentlyCompleted,
  };
}
