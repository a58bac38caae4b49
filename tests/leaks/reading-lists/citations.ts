// Reference formatting for the printed reading list and the VLE export.

import type { Work } from "./catalog.ts";

export type CitationStyle = "apa" | "harvard" | "ieee";

function initials(author: string): string {
  const [family, given = ""] = author.split(",").map((s) => s.trim());
  const inits = given.split(/\s+/).filter(Boolean).map((g) => `${g[0]}.`).join(" ");
  return inits ? `${family}, ${inits}` : family;
}

function joinAuthors(authors: string[], last: string): string {
  if (authors.length <= 1) return authors.join("");
  return `${authors.slice(0, -1).join(", ")} ${last} ${authors[authors.length - 1]}`;
}

export function cite(work: Work, style: CitationStyle): string {
  const edition = work.edition ? ` (${work.edition} ed.)` : "";
  switch (style) {
    case "apa":
      return `${
        joinAuthors(work.authors.map(initials), "&")
      } (${work.year}). ${work.title}${edition}. ${work.publisher}.`;
    case "harvard":
      return `${joinAuthors(work.authors.map(initials), "and")} (${work.year}) ${work.title}.${
        work.edition ? ` ${work.edition} edn.` : ""
      } ${work.publisher}.`;
    case "ieee": {
      const names = work.authors.map((a) => {
        const [family, given = ""] = a.split(",").map((s) => s.trim());
        return `${given.split(/\s+/).filter(Boolean).map((g) => `${g[0]}.`).join(" ")} ${family}`;
      });
      return `${
        joinAuthors(names, "and")
      }, ${work.title}${edition}. ${work.publisher}, ${work.year}.`;
    }
  }
}

export function parseStyle(raw: string | null): CitationStyle {
  return raw === "harvard" || raw === "ieee" ? raw : "apa";
}
