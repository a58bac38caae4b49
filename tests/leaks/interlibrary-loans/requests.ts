import { type Branch, type Copy, LoanError } from "./branches.ts";

export interface Patron {
  card: string;
  name: string;
  email: string;
  pickup: string;
}

export interface LoanRequest {
  ref: string;
  isbn: string;
  patron: Patron;
  copy: Copy;
  status: "requested" | "on-loan";
  requestedAt: number;
}

/**
 * Asks every candidate branch for a copy at once and keeps the first one that has it; once all
 * have answered, the copies the other branches put aside go back on their shelves.
 */
export async function placeRequest(
  branches: Map<string, Branch>,
  body: { ref: string; isbn: string; patron: Patron; branches: string[] },
): Promise<LoanRequest> {
  const asked = body.branches.map((name) => branches.get(name)).filter((b): b is Branch => !!b);
  if (asked.length === 0) throw new LoanError(400, "no known branch to ask");
  const answers = await Promise.allSettled(asked.map((b) => b.hold(body.isbn, body.ref)));
  const held = answers.flatMap((a) => a.status === "fulfilled" ? [a.value] : []);
  const [chosen, ...spare] = held;
  for (const copy of spare) branches.get(copy.branch)!.release(copy.barcode);
  if (!chosen) throw new LoanError(409, `no branch has ${body.isbn} on the shelf`);
  return {
    ref: body.ref,
    isbn: body.isbn,
    patron: body.patron,
    copy: chosen,
    status: "requested",
    requestedAt: Date.now(),
  };
}
