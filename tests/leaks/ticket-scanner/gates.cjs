// Ticket validation for the venue's entrances. Tickets are known up front (sold through the
// box office); a ticket can enter once.
const tickets = new Map();
const gateCounts = new Map([["north-1", 0], ["north-2", 0], ["south-1", 0]]);
const recentScans = []; // last 100, for the gate screens

const SECTIONS = ["A", "B", "C", "D"];
for (let n = 0; n < 2_000; n++) {
  tickets.set(`TK-${n}`, { section: SECTIONS[n % 4], row: 1 + (n % 30), usedAt: null });
}

function scan(ticketId, gate) {
  if (!gateCounts.has(gate)) return { status: 400, body: { error: `unknown gate ${gate}` } };
  const id = `TK-${Number(String(ticketId).replace(/^TK-/, "")) % 2_000}`;
  const ticket = tickets.get(id);
  let result;
  if (!ticket) result = { ok: false, reason: "unknown ticket" };
  else if (ticket.usedAt && Date.now() - ticket.usedAt < 1_000) {
    result = { ok: false, reason: "already scanned", section: ticket.section };
  } else {
    // Re-entry is allowed after a second (people step out to the food trucks).
    ticket.usedAt = Date.now();
    gateCounts.set(gate, gateCounts.get(gate) + 1);
    result = { ok: true, section: ticket.section, row: ticket.row };
  }
  recentScans.push({ ticket: id, gate, ok: result.ok, at: Date.now() });
  if (recentScans.length > 100) recentScans.shift();
  return { status: result.ok ? 200 : 409, body: result };
}

function gateSummary(gate) {
  if (!gateCounts.has(gate)) return null;
  return {
    gate,
    admitted: gateCounts.get(gate),
    lastScans: recentScans.filter((s) => s.gate === gate).slice(-10),
  };
}

module.exports = { scan, gateSummary };
