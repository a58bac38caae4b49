"use strict";

/** Work order lifecycle. Each state lists where it may go next and who may move it there. */
const TRANSITIONS = {
  open: { assigned: ["helpdesk", "supervisor"], cancelled: ["helpdesk", "requester"] },
  assigned: { in_progress: ["technician"], open: ["supervisor"], cancelled: ["supervisor"] },
  in_progress: { on_hold: ["technician"], completed: ["technician"] },
  on_hold: { in_progress: ["technician"], cancelled: ["supervisor"] },
  completed: { closed: ["requester", "helpdesk"], in_progress: ["requester"] },
  closed: {},
  cancelled: {},
};

const FINAL = new Set(["closed", "cancelled"]);

function canMove(from, to, role) {
  const allowed = TRANSITIONS[from]?.[to];
  return Array.isArray(allowed) && allowed.includes(role);
}

module.exports = { FINAL, TRANSITIONS, canMove };
