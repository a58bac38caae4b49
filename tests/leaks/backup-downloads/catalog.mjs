import { deleteBlob, putBlob, sampleDump } from "./blobstore.mjs";

const DAY = 24 * 60 * 60 * 1000;
const RETENTION_DAYS = 14;

export const backups = new Map();

function addBackup(id, database, daysAgo, rows) {
  const key = `backups/${database}/${id}.sql`;
  backups.set(id, {
    id,
    database,
    key,
    takenAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
    rows,
  });
  putBlob(key, sampleDump(`${database} ${id}`, rows));
}

addBackup("bk-0412", "orders", 1, 400);
addBackup("bk-0411", "orders", 2, 380);
addBackup("bk-0405", "customers", 8, 250);
addBackup("bk-0398", "orders", 15, 360);
addBackup("bk-0377", "customers", 21, 240);

/** Retention: blobs older than the window are removed from the store. */
export function applyRetention(now = Date.now()) {
  let pruned = 0;
  for (const backup of backups.values()) {
    if (now - Date.parse(backup.takenAt) > RETENTION_DAYS * DAY && !backup.pruned) {
      deleteBlob(backup.key);
      backup.pruned = true;
      pruned++;
    }
  }
  return pruned;
}

applyRetention();
