// Simulated remote MX: answers 250 after a short delay; "*.bounce.test" answers 550.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

export class SmtpError extends Error {
  constructor(code, message) {
    super(`${code} ${message}`);
    this.code = code;
  }
}

export async function deliver(domain, envelope) {
  await delay(2 + (envelope.rcpt.length % 3));
  if (domain.endsWith(".bounce.test")) throw new SmtpError(550, "5.1.1 mailbox unavailable");
  return { code: 250, queueId: `${Date.now().toString(36)}${envelope.rcpt.length}` };
}
