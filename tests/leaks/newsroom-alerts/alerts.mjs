import { articleMeta } from "./articles.mjs";
import { fanOut } from "./channels.mjs";

const KEPT = 40;
const alerts = new Map();
// Embargoed alerts waiting for their release time, by alert id.
const embargoes = new Map();

export class AlertError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function remember(alert) {
  alerts.set(alert.id, alert);
  while (alerts.size > KEPT) alerts.delete(alerts.keys().next().value);
}

function release(alert) {
  embargoes.delete(alert.id);
  alert.status = "released";
  alert.releasedAt = Date.now();
  fanOut(alert);
}

export async function createAlert(input) {
  if (typeof input.id !== "string" || !/^[\w-]{3,40}$/.test(input.id)) {
    throw new AlertError(400, "id is required");
  }
  if (typeof input.headline !== "string" || input.headline.length > 140) {
    throw new AlertError(400, "headline is required (140 characters at most)");
  }
  if (alerts.has(input.id)) throw new AlertError(409, `alert ${input.id} exists`);
  const meta = await articleMeta(String(input.articleId ?? ""));
  const alert = {
    id: input.id,
    headline: input.headline,
    editor: String(input.editor ?? "desk"),
    articleId: meta.id,
    meta,
    status: "scheduled",
    createdAt: Date.now(),
    releasedAt: null,
  };
  remember(alert);
  const embargoMs = Math.min(Number(input.embargoMs) || 0, 24 * 3_600_000);
  if (embargoMs > 0) {
    embargoes.set(alert.id, setTimeout(() => release(alert), embargoMs));
  } else {
    release(alert);
  }
  return alert;
}

export function cancelAlert(id) {
  const alert = alerts.get(id);
  if (!alert) throw new AlertError(404, `no alert ${id}`);
  if (alert.status !== "scheduled") throw new AlertError(409, `alert is ${alert.status}`);
  clearTimeout(embargoes.get(id));
  embargoes.delete(id);
  alert.status = "cancelled";
  return alert;
}

export function getAlert(id) {
  const alert = alerts.get(id);
  if (!alert) throw new AlertError(404, `no alert ${id}`);
  return alert;
}

export function pendingEmbargoes() {
  return embargoes.size;
}
