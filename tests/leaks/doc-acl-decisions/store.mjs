// Projects, their members and documents, and the personal access tokens (stored hashed).
import { createHash } from "node:crypto";

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

export const memberships = new Map([
  ["apollo", new Map([["u-alice", "owner"], ["u-bob", "viewer"], ["u-chen", "editor"]])],
  ["gemini", new Map([["u-bob", "editor"]])],
]);

const tokens = new Map([
  [sha256("pat_alice_0c4f9e2a7d61b835"), { userId: "u-alice", name: "Alice" }],
  [sha256("pat_bob_7e2b1d94c0a35f68"), { userId: "u-bob", name: "Bob" }],
  [sha256("pat_chen_b81f6a3c29e04d57"), { userId: "u-chen", name: "Chen" }],
]);

export function principalFor(authorization) {
  if (typeof authorization !== "string" || !authorization.startsWith("Bearer ")) return undefined;
  return tokens.get(sha256(authorization.slice(7)));
}

export const documents = new Map();
for (let n = 1; n <= 12; n++) {
  documents.set(`doc-${n}`, {
    id: `doc-${n}`,
    project: n <= 8 ? "apollo" : "gemini",
    title: `Design note ${n}`,
    body: `Section ${n}: the launch checklist and the people who sign it off.`,
    revision: 1,
    updatedBy: "u-alice",
    updatedAt: new Date(0).toISOString(),
  });
}
