import { createHooks } from "hookable";
import { TTLCache } from "@isaacs/ttlcache";

export interface Signup {
  email: string;
  lists: string[];
  source: string;
  token: string;
}

export interface Mail {
  id: string;
  to: string;
  subject: string;
  body: string;
}

interface MailHooks {
  "signup:created": (signup: Signup) => void | Promise<void>;
  "mail:render": (mail: Mail, signup: Signup) => void | Promise<void>;
  "mail:queued": (mail: Mail) => void | Promise<void>;
}

export const hooks = createHooks<MailHooks>();

/** Signups waiting for their confirmation click: the newest 100, for two days at most. */
export const pending = new TTLCache<string, Signup>({ max: 100, ttl: 48 * 3600_000 });

/** What the SMTP relay would send (it is stubbed: the last 20 mails are kept). */
export const outbox: Mail[] = [];
let mailSeq = 0;

// The confirmation mail, as the mailer plugin builds it.
hooks.hook("signup:created", async (signup) => {
  const mail: Mail = {
    id: `msg-${++mailSeq}`,
    to: signup.email,
    subject: "Please confirm your subscription",
    body: `Confirm: https://news.example.org/confirm?t=${signup.token}`,
  };
  await hooks.callHook("mail:render", mail, signup);
  outbox.push(mail);
  if (outbox.length > 20) outbox.shift();
  await hooks.callHook("mail:queued", mail);
});

// The lists' own footers.
hooks.hook("mail:render", (mail, signup) => {
  mail.body += `\n\nLists: ${signup.lists.join(", ")}. Unsubscribe at any time.`;
});
