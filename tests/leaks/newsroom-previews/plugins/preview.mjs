import { randomUUID } from "node:crypto";

function escape(s) {
  return String(s).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );
}

/**
 * Marks up a draft for an editor's preview: changed blocks highlighted against the published
 * version, and a banner saying whose draft it is. One instance per preview render.
 */
export function draftPreview(draft, published, reviewer) {
  const token = randomUUID();
  const before = new Map((published?.blocks ?? []).map((b) => [b.key, b.text]));
  return {
    name: "draft-preview",
    id: `draft-preview:${draft.slug}:${token}`,
    token,
    setup(api) {
      api.on("render:block", (block, ctx) => {
        if (ctx.previewToken !== token) return block;
        const changed = before.get(block.key) !== block.text;
        return changed ? { ...block, className: `${block.className ?? ""} changed`.trim() } : block;
      }, 80);
      api.on("render:page", (html, ctx) => {
        if (ctx.previewToken !== token) return html;
        const banner = `<div class="preview-banner">Draft rev ${draft.revision} by ${
          escape(draft.editedBy)
        } — previewed by ${escape(reviewer)} (not published)</div>`;
        return html.replace("<body>", `<body>${banner}`);
      }, 90);
    },
  };
}
