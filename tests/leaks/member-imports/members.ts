import {
  email,
  type FieldError,
  isoDate,
  maxLength,
  oneOf,
  required,
  type Row,
  schema,
  unique,
} from "./validation.ts";

export const CLUBS = new Map([
  ["hockey-amstelveen", { name: "MHC Amstelveen", seasonFeeCents: 28500 }],
  ["tennis-leiden", { name: "LTC Leiden", seasonFeeCents: 19500 }],
  ["rowing-delft", { name: "DSR Delft", seasonFeeCents: 34000 }],
]);

const fullName = (row: Row) => `${row.firstName ?? ""} ${row.lastName ?? ""}`.trim();

/** One row of the membership spreadsheet clubs export from their old systems. */
const memberRow = schema({
  firstName: [required(), maxLength(60)],
  lastName: [required(), maxLength(80)],
  email: [required(), email(), maxLength(254), unique(fullName)],
  birthDate: [isoDate()],
  membership: [required(), oneOf("senior", "junior", "student", "supporting")],
  phone: [maxLength(20)],
});

export interface ImportResult {
  club: string;
  received: number;
  accepted: number;
  errors: FieldError[];
}

/** The membership system's bulk upsert; it answers with the member numbers it assigned. */
async function upsertMembers(club: string, rows: Row[]) {
  await new Promise((resolve) => setTimeout(resolve, 2));
  return rows.map((row, n) => ({
    email: String(row.email).toLowerCase(),
    memberNo: `${club.slice(0, 3).toUpperCase()}-${Date.now() % 100000}-${n}`,
  }));
}

export async function importMembers(clubId: string, rows: Row[]): Promise<ImportResult> {
  const club = CLUBS.get(clubId);
  if (!club) throw new Error(`unknown club ${clubId}`);
  const errors: FieldError[] = [];
  const valid: Row[] = [];
  rows.forEach((row, index) => {
    const rowErrors = memberRow.validate(row, index + 2);
    if (rowErrors.length) errors.push(...rowErrors);
    else valid.push({ ...row, club: clubId, feeCents: club.seasonFeeCents });
  });
  const created = valid.length ? await upsertMembers(clubId, valid) : [];
  return { club: club.name, received: rows.length, accepted: created.length, errors };
}

export const columns = memberRow.fields;
