import { FormError, requireFields, spamScore } from "./validation.mjs";

// Submissions go to the helpdesk and the mailing-list provider; we only keep a short tail for
// the admin page.

const RECENT_LIMIT = 25;
const recent = [];
const totals = { contact: 0, newsletter: 0, spam: 0 };

function remember(kind, summary) {
  recent.unshift({ kind, ...summary, at: new Date().toISOString() });
  if (recent.length > RECENT_LIMIT) recent.length = RECENT_LIMIT;
}

export function submitContact(body) {
  const form = requireFields(body, {
    name: { required: true, max: 120 },
    email: { required: true, email: true, max: 200 },
    topic: { max: 40 },
    message: { required: true, max: 5000 },
  });
  const score = spamScore(form.message, body.website);
  if (score >= 6) {
    totals.spam++;
    return { accepted: true, ticket: null };
  }
  totals.contact++;
  const ticket = `HD-${(Date.now() % 1e8).toString(36).toUpperCase()}`;
  remember("contact", { ticket, topic: form.topic || "general", score });
  return { accepted: true, ticket };
}

export function subscribeNewsletter(body) {
  const form = requireFields(body, {
    email: { required: true, email: true, max: 200 },
    list: { max: 40 },
  });
  const list = form.list || "monthly";
  if (!["monthly", "product-updates", "events"].includes(list)) {
    throw new FormError(422, "unknown list", { list: "unknown" });
  }
  totals.newsletter++;
  remember("newsletter", { list, domain: form.email.split("@")[1] });
  return { accepted: true, confirmation: "sent" };
}

export function formStats() {
  return { totals, recent };
}
