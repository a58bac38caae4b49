/**
 * Journal batches are shipped to the reporting replica; it only needs the last batch's
 * sequence number and a count per kind, so that is all this keeps.
 */
export const replica = {
  lastSeq: 0,
  batches: 0,
  byType: Object.create(null),
};

export function ship(batch) {
  for (const record of batch) {
    replica.byType[record.type] = (replica.byType[record.type] ?? 0) + 1;
  }
  replica.lastSeq = batch.at(-1).seq;
  replica.batches++;
}
