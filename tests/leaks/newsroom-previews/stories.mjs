export class NotFound extends Error {}

/** Published stories and the working draft of each, by slug. */
export const published = new Map();
export const drafts = new Map();

published.set("budget-2025", {
  slug: "budget-2025",
  headline: "Chancellor's budget: what it means for your household",
  authors: ["a.osei", "t.brandt"],
  revision: 1,
  blocks: [
    {
      key: "b1",
      type: "para",
      text: "The chancellor set out tax and spending plans on Wednesday.",
    },
    { key: "b2", type: "embed", provider: "datawrapper", ref: "Xk3pQ" },
    { key: "b3", type: "para", text: "Fuel duty stays frozen for another year." },
  ],
});

export function saveDraft(slug, patch, editor) {
  const base = drafts.get(slug) ?? published.get(slug);
  if (!base) throw new NotFound(`no story ${slug}`);
  const draft = {
    ...base,
    ...patch,
    slug,
    blocks: patch.blocks ?? base.blocks,
    revision: (base.revision ?? 0) + 1,
    editedBy: editor,
    editedAt: new Date().toISOString(),
  };
  drafts.set(slug, draft);
  return draft;
}

export function publish(slug) {
  const draft = drafts.get(slug);
  if (!draft) throw new NotFound(`no draft of ${slug}`);
  drafts.delete(slug);
  published.set(slug, { ...draft, publishedAt: new Date().toISOString() });
  return published.get(slug);
}
