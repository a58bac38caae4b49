import { record } from "./outbox.mjs";

export class ContactError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const contacts = new Map();
const EDITABLE = ["name", "email", "phone", "company", "address", "consent"];

export function createContact(body) {
  if (!body.id || !body.email) throw new ContactError(400, "id and email are required");
  if (contacts.has(body.id)) throw new ContactError(409, "contact exists");
  const contact = { ...body, createdAt: new Date().toISOString(), version: 1 };
  contacts.set(contact.id, contact);
  record("contact.created", contact);
  return contact;
}

export function updateContact(id, patch) {
  const contact = contacts.get(id);
  if (!contact) throw new ContactError(404, "no such contact");
  for (const field of EDITABLE) if (field in patch) contact[field] = patch[field];
  contact.version++;
  contact.updatedAt = new Date().toISOString();
  record("contact.updated", contact);
  return contact;
}

/** Right to erasure: the contact goes, downstream systems are told. */
export function eraseContact(id) {
  const contact = contacts.get(id);
  if (!contact) throw new ContactError(404, "no such contact");
  contacts.delete(id);
  record("contact.erased", { id });
  return { id, erased: true };
}

export function getContact(id) {
  const contact = contacts.get(id);
  if (!contact) throw new ContactError(404, "no such contact");
  return contact;
}
