import { send } from "./mailer.ts";

export interface Guardian {
  email: string;
  name: string;
  lang: string;
}

export interface Notice {
  kind: "grade" | "attendance" | "announcement" | "behaviour";
  student: string;
  course: string;
  text: string;
  at: string;
}

interface DigestBatch {
  guardian: Guardian;
  notices: Notice[];
  openedAt: number;
}

// Parents asked for fewer emails: notices are grouped per guardian and sent once a few have
// piled up, or once the oldest has waited long enough.
const DIGEST_MIN = 3;
const MAX_WAIT_MS = 250;
const FLUSH_EVERY_MS = 100;

const batches = new Map<string, DigestBatch>();

export function enqueue(guardian: Guardian, notice: Notice) {
  let batch = batches.get(guardian.email);
  if (!batch) {
    batch = { guardian, notices: [], openedAt: Date.now() };
    batches.set(guardian.email, batch);
  }
  batch.notices.push(notice);
}

export function pendingFor(email: string) {
  const batch = batches.get(email);
  return {
    guardian: email,
    pending: batch?.notices.length ?? 0,
    since: batch ? new Date(batch.openedAt).toISOString() : null,
  };
}

const SUBJECTS: Record<string, string> = {
  en: "Updates from Northfield Academy",
  nl: "Nieuws van Northfield Academy",
  es: "Novedades de Northfield Academy",
};

function render(batch: DigestBatch) {
  const { guardian, notices } = batch;
  const lines = notices.map((n) => `• [${n.course}] ${n.student}: ${n.text}`);
  return {
    to: guardian.email,
    subject: `${SUBJECTS[guardian.lang] ?? SUBJECTS.en} (${notices.length})`,
    text: `Dear ${guardian.name},\n\n${lines.join("\n")}\n\nSince ${
      new Date(batch.openedAt).toLocaleString("en-GB")
    }`,
    queuedAt: new Date().toISOString(),
  };
}

function flushDue() {
  // Monotonic clock: a wall-clock jump must not hold back or rush out the digests.
  const now = performance.now();
  for (const [email, batch] of batches) {
    const waited = now - batch.openedAt;
    if (batch.notices.length < DIGEST_MIN && waited < MAX_WAIT_MS) continue;
    batches.delete(email);
    send(render(batch));
  }
}

setInterval(flushDue, FLUSH_EVERY_MS);
