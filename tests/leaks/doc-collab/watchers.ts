/**
 * Who has a document open: the editor shows "Ana and 2 others are here" and the save endpoint
 * tells those clients to reload. A client joins when its tab opens the document and leaves when
 * the tab closes.
 */

const MAX_CLIENTS_PER_DOCUMENT = 50;

/** Client ids by document id. */
const watchers = new Map<string, Set<string>>();

export function join(documentId: string, clientId: string): number {
  let clients = watchers.get(documentId);
  if (!clients) {
    clients = new Set<string>();
    watchers.set(documentId, clients);
  }
  if (!clients.has(clientId) && clients.size >= MAX_CLIENTS_PER_DOCUMENT) {
    throw new RangeError(`document ${documentId} has ${MAX_CLIENTS_PER_DOCUMENT} clients already`);
  }
  clients.add(clientId);
  return clients.size;
}

export function leave(documentId: string, clientId: string): boolean {
  const clients = watchers.get(documentId);
  if (!clients) return false;
  return clients.delete(clientId);
}

export function watchersOf(documentId: string): string[] {
  return [...(watchers.get(documentId) ?? [])];
}

export function watchedDocuments(): number {
  return watchers.size;
}
