import { i18n } from "./i18n.mjs";

const PARTS = ["subject", "greeting", "body", "footer"];

function escapeHtml(s) {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );
}

/**
 * Renders one notice in the recipient's language. Keys the language lacks fall back to English
 * and are listed in `warnings`, so the preview tool can show translators what is missing.
 */
export function renderNotice(template, lng, data) {
  const warnings = [];
  const onMissing = (lngs, ns, key) => {
    warnings.push({ key: `${ns}:${key}`, languages: lngs, template, recipient: data.email });
  };
  i18n.on("missingKey", onMissing);

  const t = i18n.getFixedT(lng, "mail");
  const values = {
    ...data,
    lng,
    formatParams: { eta: { dateStyle: "full" } },
  };
  const parts = {};
  for (const part of PARTS) parts[part] = t(`${template}.${part}`, values);

  const text = [parts.greeting, "", parts.body, "", parts.footer].join("\n");
  const html = `<p>${escapeHtml(parts.greeting)}</p><p>${escapeHtml(parts.body)}</p>` +
    `<p style="color:#666">${escapeHtml(parts.footer)}</p>`;
  return { to: data.email, lng, subject: parts.subject, text, html, warnings };
}
