import { tracer } from "./telemetry.mjs";
import { fill, templates } from "./templates.mjs";

/** Letters waiting for the renderer, by id. */
const pending = new Map();
/** Rendered letters handed to the print-and-post supplier; the last 25 are kept for lookups. */
const mailroom = [];
const MAILROOM_KEEP = 25;
const queue = [];
const stats = { queued: 0, rendered: 0, failed: 0 };

export class LetterError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function queueLetter(input, requestSpan) {
  if (!input || typeof input.id !== "string") throw new LetterError(400, "letter id required");
  const template = templates.get(input.template);
  if (!template) throw new LetterError(422, `unknown template ${input.template}`);
  if (pending.has(input.id)) throw new LetterError(409, `${input.id} is already queued`);
  const letter = {
    id: input.id,
    template: input.template,
    clinic: input.clinic,
    patient: input.patient,
    fields: input.fields ?? {},
    queuedAt: Date.now(),
    // so the render shows up next to the request that asked for it
    requestTrace: requestSpan.traceparent(),
  };
  pending.set(letter.id, letter);
  queue.push(letter.id);
  stats.queued++;
  return { id: letter.id, status: "queued", position: queue.length };
}

async function render(letter) {
  const span = tracer.startSpan("letter.render", {
    "letter.id": letter.id,
    "letter.template": letter.template,
    "clinic.name": letter.clinic,
    "link.traceparent": letter.requestTrace,
  });
  try {
    const template = templates.get(letter.template);
    const body = await tracer.run(
      span,
      () =>
        tracer.trace(
          "template.fill",
          { "template.version": template.version },
          () => fill(template, { ...letter.fields, patientName: letter.patient.name }),
        ),
    );
    const pages = await tracer.run(
      span,
      () =>
        tracer.trace("pdf.layout", { "pdf.paper": "A4" }, (s) => {
          const n = Math.max(1, Math.ceil(body.length / 1800));
          s.setAttribute("pdf.pages", n);
          return n;
        }),
    );
    mailroom.unshift({
      id: letter.id,
      clinic: letter.clinic,
      postcode: letter.patient.postcode,
      pages,
      renderedAt: Date.now(),
    });
    if (mailroom.length > MAILROOM_KEEP) mailroom.length = MAILROOM_KEEP;
    stats.rendered++;
    tracer.endSpan(span, "ok");
  } catch (err) {
    stats.failed++;
    span.addEvent("exception", { message: err.message });
    tracer.endSpan(span, "error");
  } finally {
    pending.delete(letter.id);
  }
}

// the renderer picks up what has been queued, up to 50 letters a tick
setInterval(async () => {
  const batch = queue.splice(0, 50);
  for (const id of batch) {
    const letter = pending.get(id);
    if (letter) await render(letter);
  }
}, 100).unref();

export function letterStatus(id) {
  if (pending.has(id)) return { id, status: "queued" };
  const posted = mailroom.find((l) => l.id === id);
  if (posted) return { id, status: "with-mailroom", pages: posted.pages };
  return null;
}

export function letterStats() {
  return { ...stats, waiting: pending.size, mailroom: mailroom.length };
}
