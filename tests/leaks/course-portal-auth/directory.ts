/** The student directory as the portal sees it (the college's IdP sync, trimmed to a few). */

import type { Claims } from "./tokens.ts";

interface Person {
  username: string;
  name: string;
  email: string;
  roles: string[];
  courses: Claims["courses"];
  passwordSha256: string;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

const PEOPLE: Omit<Person, "passwordSha256">[] = [
  {
    username: "amira.haddad",
    name: "Amira Haddad",
    email: "amira.haddad@students.northfield.ac.uk",
    roles: ["student"],
    courses: [
      { code: "BIO101", title: "Cell Biology", role: "student" },
      { code: "CHE140", title: "Organic Chemistry I", role: "student" },
      { code: "MAT115", title: "Statistics for Life Sciences", role: "student" },
    ],
  },
  {
    username: "tom.reilly",
    name: "Tom Reilly",
    email: "tom.reilly@students.northfield.ac.uk",
    roles: ["student", "course-rep"],
    courses: [
      { code: "HIS210", title: "Early Modern Europe", role: "student" },
      { code: "POL220", title: "Comparative Politics", role: "student" },
    ],
  },
];

const SALT = "northfield-portal:";
const people = new Map<string, Person>();
export const ready = Promise.all(
  PEOPLE.map(async (p) => {
    people.set(p.username, {
      ...p,
      passwordSha256: await sha256(SALT + p.username.split(".")[0] + "-2031"),
    });
  }),
);

/** The person's claims if the password is right. */
export async function authenticate(username: string, password: string): Promise<Claims | null> {
  await ready;
  const person = people.get(username);
  if (!person || (await sha256(SALT + password)) !== person.passwordSha256) return null;
  return {
    sub: person.username,
    name: person.name,
    email: person.email,
    roles: [...person.roles],
    courses: person.courses.map((c) => ({ ...c })),
  };
}
