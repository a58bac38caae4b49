import { emit, type PreviewEvent } from "./events.ts";
import { type LabelTemplate, templates } from "./templates.ts";

export class PreviewError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Preview {
  id: string;
  template: LabelTemplate;
  labels: number;
  status: "queued" | "rendering" | "ready";
  createdAt: number;
  last: PreviewEvent;
}

const MAX_PREVIEWS = 40;
const previews = new Map<string, Preview>();
const LABEL_MS = 3;

function prune() {
  for (const [id, preview] of previews) {
    if (previews.size <= MAX_PREVIEWS) break;
    if (preview.status === "ready") previews.delete(id);
  }
}

function publish(preview: Preview, event: PreviewEvent) {
  preview.last = event;
  emit(event);
}

function renderLabel(preview: Preview, n: number) {
  if (n > preview.labels) {
    preview.status = "ready";
    publish(preview, {
      type: "ready",
      previewId: preview.id,
      labels: preview.labels,
      url: `/previews/${preview.id}.png`,
    });
    return;
  }
  preview.status = "rendering";
  publish(preview, { type: "rendered", previewId: preview.id, label: n, labels: preview.labels });
  setTimeout(() => renderLabel(preview, n + 1), LABEL_MS);
}

export function startPreview(id: string, body: Record<string, unknown>) {
  const template = templates.get(String(body.template ?? ""));
  if (!template) throw new PreviewError(422, `unknown template ${body.template}`);
  if (previews.has(id)) throw new PreviewError(409, `preview ${id} exists`);
  const labels = Math.min(Math.max(Number(body.labels) || 1, 1), 12);
  const preview: Preview = {
    id,
    template,
    labels,
    status: "queued",
    createdAt: Date.now(),
    last: { type: "queued", previewId: id, labels },
  };
  previews.set(id, preview);
  prune();
  setTimeout(() => renderLabel(preview, 1), LABEL_MS);
  return { id, status: preview.status, template };
}

export function getPreview(id: string): Preview {
  const preview = previews.get(id);
  if (!preview) throw new PreviewError(404, `no preview ${id}`);
  return preview;
}

export function previewCount() {
  return previews.size;
}
