export interface SharedDocument {
  id: string;
  title: string;
  owner: string;
  shareCount: number;
  viewers: number;
  editors: number;
  lastSharedAt?: string;
}

const documents = new Map<string, SharedDocument>();

// The demo tenant's documents; the real deployment loads these from Postgres.
for (let n = 1; n <= 25; n++) {
  documents.set(String(n), {
    id: String(n),
    title: `Quarterly plan ${n}`,
    owner: "ops@example.com",
    shareCount: 0,
    viewers: 0,
    editors: 0,
  });
}

export function findDocument(id: string): SharedDocument | undefined {
  return documents.get(id);
}

export function shareDocument(doc: SharedDocument, role: "viewer" | "editor"): void {
  doc.shareCount++;
  if (role === "editor") doc.editors++;
  else doc.viewers++;
  doc.lastSharedAt = new Date().toISOString();
}
