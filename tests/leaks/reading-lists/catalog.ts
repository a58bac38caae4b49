// The library catalogue, as far as reading lists need it: bibliographic data by ISBN and how
// many copies the short-loan collection has.

export interface Work {
  isbn: string;
  title: string;
  authors: string[];
  publisher: string;
  year: number;
  edition?: string;
  shortLoanCopies: number;
  ebook: boolean;
}

const WORKS: Work[] = [
  {
    isbn: "9780262046305",
    title: "Introduction to Algorithms",
    authors: ["Cormen, Thomas H.", "Leiserson, Charles E.", "Rivest, Ronald L.", "Stein, Clifford"],
    publisher: "MIT Press",
    year: 2022,
    edition: "4th",
    shortLoanCopies: 6,
    ebook: true,
  },
  {
    isbn: "9780134685991",
    title: "Effective Java",
    authors: ["Bloch, Joshua"],
    publisher: "Addison-Wesley",
    year: 2018,
    edition: "3rd",
    shortLoanCopies: 3,
    ebook: true,
  },
  {
    isbn: "9781492056355",
    title: "Designing Data-Intensive Applications",
    authors: ["Kleppmann, Martin"],
    publisher: "O'Reilly Media",
    year: 2017,
    shortLoanCopies: 4,
    ebook: false,
  },
  {
    isbn: "9780131103627",
    title: "The C Programming Language",
    authors: ["Kernighan, Brian W.", "Ritchie, Dennis M."],
    publisher: "Prentice Hall",
    year: 1988,
    edition: "2nd",
    shortLoanCopies: 2,
    ebook: false,
  },
  {
    isbn: "9780262510875",
    title: "Structure and Interpretation of Computer Programs",
    authors: ["Abelson, Harold", "Sussman, Gerald Jay"],
    publisher: "MIT Press",
    year: 1996,
    edition: "2nd",
    shortLoanCopies: 2,
    ebook: true,
  },
  {
    isbn: "9780201633610",
    title: "Design Patterns",
    authors: ["Gamma, Erich", "Helm, Richard", "Johnson, Ralph", "Vlissides, John"],
    publisher: "Addison-Wesley",
    year: 1994,
    shortLoanCopies: 3,
    ebook: false,
  },
];

const byIsbn = new Map(WORKS.map((w) => [w.isbn, w]));

export function normaliseIsbn(raw: unknown): string {
  return String(raw ?? "").replace(/[^0-9X]/gi, "").toUpperCase();
}

export function lookupWork(isbn: string): Work | undefined {
  return byIsbn.get(normaliseIsbn(isbn));
}
