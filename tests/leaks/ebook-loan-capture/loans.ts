import { titles } from "./catalogue.ts";

export class LoanError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Loan {
  id: string;
  isbn: string;
  card: string;
  branch: string;
  device: string;
  due: string;
}

const LOAN_DAYS = 21;
const loans = new Map<string, Loan>();
const onLoan = new Map<string, number>();

export function borrow(
  input: { loanId: string; isbn: string; card: string; branch: string; device: string },
) {
  const title = titles.get(input.isbn);
  if (!title) throw new LoanError(404, `no title ${input.isbn}`);
  if (!/^\d{14}$/.test(input.card)) throw new LoanError(422, "library card numbers are 14 digits");
  if (loans.has(input.loanId)) throw new LoanError(409, `loan ${input.loanId} exists`);
  const out = onLoan.get(title.isbn) ?? 0;
  if (out >= title.licences) throw new LoanError(409, "all copies are on loan");
  const due = new Date(Date.now() + LOAN_DAYS * 86_400_000).toISOString().slice(0, 10);
  const loan = {
    id: input.loanId,
    isbn: title.isbn,
    card: input.card,
    branch: input.branch,
    device: input.device,
    due,
  };
  loans.set(loan.id, loan);
  onLoan.set(title.isbn, out + 1);
  return {
    ...loan,
    title: title.title,
    downloadUrl: `https://dl.libraryreads.example/${loan.id}.${title.format}`,
  };
}

export function giveBack(loanId: string) {
  const loan = loans.get(loanId);
  if (!loan) throw new LoanError(404, `no loan ${loanId}`);
  loans.delete(loanId);
  onLoan.set(loan.isbn, (onLoan.get(loan.isbn) ?? 1) - 1);
  return { id: loanId, returned: true };
}

export function availability(isbn: string) {
  const title = titles.get(isbn);
  if (!title) throw new LoanError(404, `no title ${isbn}`);
  return { ...title, available: title.licences - (onLoan.get(isbn) ?? 0) };
}
