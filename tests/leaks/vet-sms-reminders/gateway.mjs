// SMS gateway client. This build talks to the provider's sandbox: messages to the
// +44 7700 9xx test range hit a "carrier congested" 503 on their first attempt.

export class GatewayError extends Error {
  constructor(status, message, { retryable = false } = {}) {
    super(message);
    this.status = status;
    this.retryable = retryable;
  }
}

let sequence = 0;

/** `attempt` goes out as the X-Attempt header, which the provider uses to spot duplicates. */
export async function sendSms({ to, text, ref, attempt = 1 }) {
  await new Promise((r) => setTimeout(r, 3));
  if (!/^\+44 ?7\d{3} ?\d{6}$/.test(to)) {
    throw new GatewayError(400, `not a UK mobile number: ${to}`);
  }
  const congested = to.replace(/ /g, "").startsWith("+4477009");
  if (congested && attempt === 1) {
    throw new GatewayError(503, "carrier congested, try again later", { retryable: true });
  }
  return {
    messageId: `SM${(++sequence).toString(16).padStart(10, "0")}`,
    ref,
    segments: Math.ceil(text.length / 153),
  };
}
