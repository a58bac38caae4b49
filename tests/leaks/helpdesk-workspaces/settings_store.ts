/**
 * Workspace settings persistence. Saves for one workspace are serialised (the admin UI sends
 * a PATCH per field it autosaves, and the second must not overwrite the first), so each
 * workspace has a queue: the tail promise of its pending saves.
 */

export interface WorkspaceSettings {
  timezone: string;
  businessHours: { days: string[]; open: string; close: string };
  sla: { firstResponseMins: number; resolutionHours: number };
  signatureHtml: string;
  autoReply: { enabled: boolean; subject: string; body: string };
  supportEmail: string;
  locale: string;
}

export interface SavedSettings {
  workspace: string;
  revision: number;
  settings: WorkspaceSettings;
  savedAt: string;
  savedBy: string;
}

const documents = new Map<string, SavedSettings>();
const saveQueues = new Map<string, Promise<SavedSettings>>();

function delay(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

async function writeSettings(
  workspace: string,
  patch: Partial<WorkspaceSettings>,
  user: string,
): Promise<SavedSettings> {
  const current = documents.get(workspace);
  if (!current) throw new Error(`no settings document for ${workspace}`);
  // simulated round trip to the settings table
  await delay(2);
  const next: SavedSettings = {
    workspace,
    revision: current.revision + 1,
    settings: { ...current.settings, ...patch },
    savedAt: new Date().toISOString(),
    savedBy: user,
  };
  documents.set(workspace, next);
  return next;
}

export function createDocument(workspace: string, settings: WorkspaceSettings, user: string) {
  const doc: SavedSettings = {
    workspace,
    revision: 1,
    settings,
    savedAt: new Date().toISOString(),
    savedBy: user,
  };
  documents.set(workspace, doc);
  return doc;
}

export function readSettings(workspace: string): SavedSettings | undefined {
  return documents.get(workspace);
}

/** Queues a save behind the workspace's pending ones and resolves with the saved document. */
export function saveSettings(
  workspace: string,
  patch: Partial<WorkspaceSettings>,
  user: string,
): Promise<SavedSettings> {
  const prev = saveQueues.get(workspace) ?? Promise.resolve(undefined);
  const run = prev.catch(() => undefined).then(() => writeSettings(workspace, patch, user));
  const settled = run.finally(() => {
    // last save out empties the queue
    if (saveQueues.get(workspace) === run) saveQueues.delete(workspace);
  });
  saveQueues.set(workspace, settled);
  return run;
}

export function dropDocument(workspace: string) {
  documents.delete(workspace);
}

export function storeStats() {
  return { documents: documents.size, pendingSaves: saveQueues.size };
}
