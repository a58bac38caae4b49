export interface Title {
  isbn: string;
  title: string;
  author: string;
  format: "epub" | "audiobook";
  licences: number;
}

export const titles = new Map<string, Title>([
  ["9780141439518", {
    isbn: "9780141439518",
    title: "Pride and Prejudice",
    author: "Jane Austen",
    format: "epub",
    licences: 1_000_000,
  }],
  ["9780008532758", {
    isbn: "9780008532758",
    title: "The Thursday Murder Club",
    author: "Richard Osman",
    format: "audiobook",
    licences: 1_000_000,
  }],
  ["9781529100716", {
    isbn: "9781529100716",
    title: "Klara and the Sun",
    author: "Kazuo Ishiguro",
    format: "epub",
    licences: 1_000_000,
  }],
]);
