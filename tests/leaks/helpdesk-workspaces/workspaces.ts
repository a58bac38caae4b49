import {
  createDocument,
  dropDocument,
  readSettings,
  saveSettings,
  type WorkspaceSettings,
} from "./settings_store.ts";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Workspace {
  id: string;
  name: string;
  plan: "starter" | "team" | "enterprise";
  owner: string;
  createdAt: number;
  agents: Set<string>;
}

const PLAN_SEATS = { starter: 3, team: 25, enterprise: 500 };
const workspaces = new Map<string, Workspace>();
const closed: { id: string; name: string; closedAt: number }[] = [];

function defaultSettings(name: string, owner: string): WorkspaceSettings {
  return {
    timezone: "Europe/London",
    businessHours: { days: ["mon", "tue", "wed", "thu", "fri"], open: "09:00", close: "17:30" },
    sla: { firstResponseMins: 240, resolutionHours: 72 },
    signatureHtml: `<p>Kind regards,<br>The ${name} support team</p>`,
    autoReply: {
      enabled: true,
      subject: "We've got your message",
      body: `Thanks for contacting ${name}. We usually reply within four working hours.`,
    },
    supportEmail: owner,
    locale: "en-GB",
  };
}

export function createWorkspace(body: Record<string, unknown>) {
  const id = String(body.id ?? "");
  if (!/^ws-[\w-]+$/.test(id)) throw new HttpError(400, "workspace id must look like ws-…");
  if (workspaces.has(id)) throw new HttpError(409, `${id} exists`);
  const plan = (body.plan ?? "starter") as Workspace["plan"];
  if (!(plan in PLAN_SEATS)) throw new HttpError(400, `unknown plan ${plan}`);
  const owner = String(body.owner ?? "");
  const ws: Workspace = {
    id,
    name: String(body.name ?? id),
    plan,
    owner,
    createdAt: Date.now(),
    agents: new Set([owner]),
  };
  workspaces.set(id, ws);
  createDocument(id, defaultSettings(ws.name, owner), owner);
  return { id, plan, seats: PLAN_SEATS[plan] };
}

export function getWorkspace(id: string) {
  const ws = workspaces.get(id);
  if (!ws) throw new HttpError(404, `no workspace ${id}`);
  return ws;
}

export async function updateSettings(id: string, patch: Record<string, unknown>, user: string) {
  const ws = getWorkspace(id);
  if (!ws.agents.has(user)) throw new HttpError(403, "only agents of the workspace may do that");
  const saved = await saveSettings(id, patch as Partial<WorkspaceSettings>, user);
  return { workspace: id, revision: saved.revision, savedAt: saved.savedAt };
}

export function settingsOf(id: string) {
  getWorkspace(id);
  return readSettings(id);
}

export function closeWorkspace(id: string, reason: string) {
  const ws = getWorkspace(id);
  workspaces.delete(id);
  dropDocument(id);
  closed.unshift({ id, name: ws.name, closedAt: Date.now() });
  if (closed.length > 20) closed.length = 20;
  return { id, closed: true, reason };
}

export function overview() {
  return { open: workspaces.size, recentlyClosed: closed.slice(0, 5) };
}
