import type { ChangeLog } from "./changelog.ts";

export interface Contact {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  company: string | null;
  title: string | null;
  marketing: { email: boolean; sms: boolean };
  updatedAt: string;
}

const EDITABLE = ["name", "email", "phone", "company", "title", "marketing"] as const;
type Editable = typeof EDITABLE[number];

const contacts = new Map<string, Contact>();

function seed(id: string, name: string, email: string, company: string | null) {
  contacts.set(id, {
    id,
    name,
    email,
    phone: null,
    company,
    title: null,
    marketing: { email: false, sms: false },
    updatedAt: new Date().toISOString(),
  });
}
seed("C-1001", "Moira Hartley", "moira@hartley-sons.example", "Hartley & Sons");
seed("C-1002", "Tomasz Wiśniewski", "t.wisniewski@northgate.example", "Northgate Logistics");
seed("C-1003", "Aisha Bello", "aisha.bello@example.com", null);

export function getContact(id: string): Contact | null {
  return contacts.get(id) ?? null;
}

/** Applies a patch and captures what changed. Returns null for an unknown contact. */
export function updateContact(
  log: ChangeLog,
  id: string,
  patch: Partial<Record<Editable, unknown>>,
): Contact | null {
  const contact = contacts.get(id);
  if (!contact) return null;
  const fields: Record<string, { before: unknown; after: unknown }> = {};
  const next = { ...contact } as Record<string, unknown>;
  for (const field of EDITABLE) {
    if (!(field in patch)) continue;
    const after = patch[field];
    if (JSON.stringify(after) === JSON.stringify(next[field])) continue;
    fields[field] = { before: next[field], after };
    next[field] = after;
  }
  if (Object.keys(fields).length === 0) return contact;
  next.updatedAt = new Date().toISOString();
  contacts.set(id, next as unknown as Contact);
  log.append(id, fields);
  return next as unknown as Contact;
}
