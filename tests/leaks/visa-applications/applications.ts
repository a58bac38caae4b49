import { VersionConflict } from "./drafts.ts";
import { RemindingDraftStore } from "./reminders.ts";

export interface ApplicationForm {
  email?: string;
  surname?: string;
  givenNames?: string;
  passportNumber?: string;
  nationality?: string;
  dateOfBirth?: string;
  visaType?: string;
  arrival?: string;
  departure?: string;
  purpose?: string;
  address?: string;
  employer?: string;
}

export class ApplicationError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const outbox: { to: string; subject: string }[] = [];
export const drafts = new RemindingDraftStore<ApplicationForm>((r) => {
  outbox.push({ to: r.email, subject: "Your visa application is not finished yet" });
  if (outbox.length > 20) outbox.shift();
});

const REQUIRED: (keyof ApplicationForm)[] = [
  "email",
  "surname",
  "givenNames",
  "passportNumber",
  "nationality",
  "dateOfBirth",
  "visaType",
  "arrival",
];
const VISA_TYPES = new Set(["short-stay", "business", "transit", "study"]);

/** Lodged applications wait for the case-handling system, which takes them in batches. */
const lodging: { reference: string; id: string; form: ApplicationForm; lodgedAt: number }[] = [];
const receipts: { reference: string; id: string; visaType: string; lodgedAt: string }[] = [];
let nextReference = 1;

setInterval(() => {
  for (const item of lodging.splice(0, 200)) {
    receipts.unshift({
      reference: item.reference,
      id: item.id,
      visaType: item.form.visaType ?? "",
      lodgedAt: new Date(item.lodgedAt).toISOString(),
    });
  }
  if (receipts.length > 30) receipts.length = 30;
}, 200);

export function saveDraft(id: string, patch: ApplicationForm, version?: number) {
  const current = drafts.load(id);
  try {
    const draft = drafts.save(id, { ...current?.data, ...patch }, version);
    return { id, version: draft.version, missing: REQUIRED.filter((k) => !draft.data[k]) };
  } catch (err) {
    if (err instanceof VersionConflict) throw new ApplicationError(409, err.message);
    throw err;
  }
}

export function submit(id: string) {
  const draft = drafts.load(id);
  if (!draft) throw new ApplicationError(404, `no draft ${id}`);
  const missing = REQUIRED.filter((k) => !draft.data[k]);
  if (missing.length) throw new ApplicationError(422, `missing: ${missing.join(", ")}`);
  if (!VISA_TYPES.has(draft.data.visaType!)) {
    throw new ApplicationError(422, `no visa type ${draft.data.visaType}`);
  }
  const reference = `VAC-2031-${String(nextReference++).padStart(6, "0")}`;
  lodging.push({ reference, id, form: draft.data, lodgedAt: Date.now() });
  drafts.discard(id);
  return { id, reference, status: "lodged" };
}

export function withdraw(id: string) {
  if (!drafts.load(id)) throw new ApplicationError(404, `no draft ${id}`);
  drafts.discard(id);
  return { id, status: "withdrawn" };
}

export function status() {
  return {
    waitingToLodge: lodging.length,
    remindersDue: drafts.remindersDue,
    receipts: receipts.slice(0, 10),
  };
}
