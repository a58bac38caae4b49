export class FormError extends Error {
  constructor(status, message, fields = {}) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const LINK = /https?:\/\//gi;
const SPAM_WORDS = ["casino", "crypto giveaway", "seo services", "viagra", "loan approved"];

export function requireFields(body, spec) {
  const fields = {};
  for (const [name, rule] of Object.entries(spec)) {
    const value = typeof body?.[name] === "string" ? body[name].trim() : "";
    if (rule.required && !value) fields[name] = "required";
    else if (rule.email && value && !EMAIL.test(value)) fields[name] = "not an email address";
    else if (rule.max && value.length > rule.max) fields[name] = `at most ${rule.max} characters`;
  }
  if (Object.keys(fields).length) throw new FormError(422, "please check the form", fields);
  return Object.fromEntries(
    Object.keys(spec).map((name) => [name, String(body[name] ?? "").trim()]),
  );
}

/** A rough spam score: links, trigger words, shouting and a filled honeypot field. */
export function spamScore(message, honeypot) {
  let score = 0;
  if (honeypot) score += 10;
  score += (message.match(LINK) ?? []).length * 2;
  const lower = message.toLowerCase();
  for (const word of SPAM_WORDS) if (lower.includes(word)) score += 4;
  const letters = message.replace(/[^a-z]/gi, "");
  if (letters.length > 20 && letters === letters.toUpperCase()) score += 3;
  return score;
}
