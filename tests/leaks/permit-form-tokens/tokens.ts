/**
 * Synchronizer tokens against CSRF: every rendered form carries a fresh one-use token tied to
 * the visitor's session and the form; the submit must bring it back within TTL_MS.
 */

export interface IssuedToken {
  sessionId: string;
  form: string;
  issuedAt: number;
  expiresAt: number;
}

export type Verdict = "ok" | "expired" | "invalid";

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
}

export class FormTokens {
  static readonly TTL_MS = 20 * 60 * 1000;
  static #issued = new Map<string, IssuedToken>();
  static #refused = 0;

  static issue(sessionId: string, form: string): string {
    const token = base64url(crypto.getRandomValues(new Uint8Array(24)));
    const now = Date.now();
    FormTokens.#issued.set(token, {
      sessionId,
      form,
      issuedAt: now,
      expiresAt: now + FormTokens.TTL_MS,
    });
    return token;
  }

  /** One use: the token is taken out when it comes back; an expired one is refused. */
  static consume(token: string, sessionId: string, form: string): Verdict {
    const issued = FormTokens.#issued.get(token);
    if (!issued) return FormTokens.#refuse("invalid");
    FormTokens.#issued.delete(token);
    if (issued.expiresAt < Date.now()) return FormTokens.#refuse("expired");
    if (issued.sessionId !== sessionId || issued.form !== form) {
      return FormTokens.#refuse("invalid");
    }
    return "ok";
  }

  static #refuse(verdict: Verdict): Verdict {
    FormTokens.#refused++;
    return verdict;
  }

  static stats() {
    return { outstanding: FormTokens.#issued.size, refused: FormTokens.#refused };
  }
}
