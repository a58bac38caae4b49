import { emailKey, issueCode, sameCode } from "./codes.ts";
import { sendMail } from "./mailer.ts";

const CODE_TTL_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;

export interface Challenge {
  id: string;
  /** The address as the user typed it (we greet them with it). */
  email: string;
  code: string;
  purpose: "login" | "step-up" | "recovery";
  attempts: number;
  createdAt: number;
  expiresAt: number;
  client: { userAgent: string; ip: string; device?: string };
  messageId: string;
}

export type VerifyResult =
  | { ok: true; email: string; purpose: Challenge["purpose"] }
  | { ok: false; reason: "no-challenge" | "expired" | "wrong-code" | "locked" };

export class EmailChallenges {
  /** Open challenges by address; one per address, a new one replaces the old. */
  #pending = new Map<string, Challenge>();
  #stats = { started: 0, verified: 0, failed: 0 };

  start(email: string, purpose: Challenge["purpose"], client: Challenge["client"]): Challenge {
    const now = Date.now();
    const code = issueCode(email);
    const messageId = sendMail(
      email,
      "Your sign-in code",
      `Hello ${email},\n\nyour code is ${code}. It expires in 10 minutes.\n`,
    );
    const challenge: Challenge = {
      id: crypto.randomUUID(),
      email,
      code,
      purpose,
      attempts: 0,
      createdAt: now,
      expiresAt: now + CODE_TTL_MS,
      client,
      messageId,
    };
    this.#pending.set(emailKey(email), challenge);
    this.#stats.started++;
    return challenge;
  }

  verify(email: string, code: string): VerifyResult {
    const challenge = this.#pending.get(emailKey(email));
    if (!challenge) return { ok: false, reason: "no-challenge" };
    if (challenge.expiresAt < Date.now()) {
      this.#close(challenge);
      return { ok: false, reason: "expired" };
    }
    if (challenge.attempts >= MAX_ATTEMPTS) return { ok: false, reason: "locked" };
    if (!sameCode(challenge.code, code.trim())) {
      challenge.attempts++;
      this.#stats.failed++;
      return { ok: false, reason: "wrong-code" };
    }
    this.#close(challenge);
    this.#stats.verified++;
    return { ok: true, email: challenge.email, purpose: challenge.purpose };
  }

  #close(challenge: Challenge) {
    this.#pending.delete(challenge.email);
  }

  stats() {
    return { ...this.#stats, open: this.#pending.size };
  }
}
