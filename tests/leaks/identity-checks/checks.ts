// Identity checks run for an applicant during onboarding. A check is a value: settling it makes
// a new object with the outcome, so what was sent to the provider stays as it was sent.

export type CheckType = "document" | "sanctions";
export type CheckStatus = "pending" | "passed" | "failed" | "review";

export interface DocumentInput {
  kind: "passport" | "id_card" | "driving_licence";
  number: string;
  issuingCountry: string;
  expiresOn: string;
  frontImage: { uploadId: string; bytes: number; mime: string };
  backImage?: { uploadId: string; bytes: number; mime: string };
}

export interface PersonInput {
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  nationality: string;
  address?: { line1: string; postcode: string; city: string; country: string };
}

export interface Outcome {
  decision: "clear" | "consider" | "reject";
  score: number;
  reasons: string[];
  providerRef: string;
  raw: Record<string, unknown>;
}

export interface Check {
  readonly id: string;
  readonly applicantId: string;
  readonly type: CheckType;
  readonly status: CheckStatus;
  readonly provider: string;
  readonly input: DocumentInput | PersonInput;
  readonly requestedBy: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly outcome?: Outcome;
}

let seq = 0;

export class CheckInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckInputError";
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2,3}$/;

export function parseDocument(body: Record<string, unknown>): DocumentInput {
  const doc = body.document as Partial<DocumentInput> | undefined;
  if (!doc || typeof doc !== "object") throw new CheckInputError("document is required");
  if (!["passport", "id_card", "driving_licence"].includes(String(doc.kind))) {
    throw new CheckInputError("document.kind must be passport, id_card or driving_licence");
  }
  if (typeof doc.number !== "string" || !/^[A-Z0-9]{6,12}$/.test(doc.number)) {
    throw new CheckInputError("document.number is not a document number");
  }
  if (!COUNTRY.test(String(doc.issuingCountry))) throw new CheckInputError("issuingCountry");
  if (!ISO_DATE.test(String(doc.expiresOn))) throw new CheckInputError("expiresOn");
  if (!doc.frontImage?.uploadId) throw new CheckInputError("frontImage.uploadId is required");
  return {
    kind: doc.kind as DocumentInput["kind"],
    number: doc.number,
    issuingCountry: String(doc.issuingCountry),
    expiresOn: String(doc.expiresOn),
    frontImage: { ...doc.frontImage },
    backImage: doc.backImage ? { ...doc.backImage } : undefined,
  };
}

export function parsePerson(body: Record<string, unknown>): PersonInput {
  const p = body.person as Partial<PersonInput> | undefined;
  if (!p || typeof p !== "object") throw new CheckInputError("person is required");
  if (!p.givenNames || !p.familyName) throw new CheckInputError("person's names are required");
  if (!ISO_DATE.test(String(p.dateOfBirth))) throw new CheckInputError("dateOfBirth");
  if (!COUNTRY.test(String(p.nationality))) throw new CheckInputError("nationality");
  return {
    givenNames: String(p.givenNames),
    familyName: String(p.familyName),
    dateOfBirth: String(p.dateOfBirth),
    nationality: String(p.nationality),
    address: p.address ? { ...p.address } : undefined,
  };
}

export function newCheck(
  applicantId: string,
  type: CheckType,
  provider: string,
  input: DocumentInput | PersonInput,
  requestedBy: string,
): Check {
  const check: Check = {
    id: `chk_${Date.now().toString(36)}${(++seq).toString(36).padStart(4, "0")}`,
    applicantId,
    type,
    status: "pending",
    provider,
    input,
    requestedBy,
    startedAt: new Date().toISOString(),
  };
  return check;
}

const STATUS_FOR: Record<Outcome["decision"], CheckStatus> = {
  clear: "passed",
  consider: "review",
  reject: "failed",
};

export function settle(check: Check, outcome: Outcome): Check {
  return {
    ...check,
    status: STATUS_FOR[outcome.decision],
    outcome,
    finishedAt: new Date().toISOString(),
  };
}
