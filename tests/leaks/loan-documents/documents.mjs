import { Spool } from "./node_modules/spoolfile/index.mjs";

const spool = new Spool({ prefix: "loan-docs", maxMemory: 512 * 1024 });

/** Documents an applicant may upload, with the size we accept for each. */
const KINDS = {
  payslip: { maxBytes: 2 * 1024 * 1024, label: "Payslip" },
  "bank-statement": { maxBytes: 8 * 1024 * 1024, label: "Bank statement" },
  "id-card": { maxBytes: 4 * 1024 * 1024, label: "Identity document" },
};

const MAX_DOCUMENTS = 12;

const applications = new Map(
  [
    ["LA-2024-0042", "Marta Kowalska", "mortgage-fixed-10y", 24_000_000],
    ["LA-2024-0057", "Jonas Verbeek", "personal-loan", 1_500_000],
  ].map(([id, applicant, product, amountCents]) => [
    id,
    { id, applicant, product, amountCents, documents: [] },
  ]),
);

let nextDocument = 1;

export class IntakeError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function sniffType(head) {
  const text = head.toString("latin1");
  if (text.startsWith("%PDF-")) return "application/pdf";
  return "application/octet-stream";
}

export function getApplication(id) {
  const application = applications.get(id);
  if (!application) throw new IntakeError(404, `no application ${id}`);
  return application;
}

/** Spools the request body, checks it and records the document on the application. */
export async function receiveDocument(applicationId, kind, filename, body) {
  const application = getApplication(applicationId);
  const rules = KINDS[kind];
  if (!rules) throw new IntakeError(400, `unknown document kind ${kind}`);
  const file = spool.createFile(filename);
  try {
    for await (const chunk of body) {
      file.write(chunk);
      if (file.size > rules.maxBytes) throw new IntakeError(413, `${rules.label} too large`);
    }
    const document = {
      id: `doc-${nextDocument++}`,
      kind,
      filename,
      type: sniffType(file.head(8)),
      bytes: file.size,
      sha256: file.digest(),
      receivedAt: new Date().toISOString(),
    };
    application.documents.push(document);
    if (application.documents.length > MAX_DOCUMENTS) {
      application.documents.splice(0, application.documents.length - MAX_DOCUMENTS);
    }
    return document;
  } finally {
    file.dispose();
  }
}
