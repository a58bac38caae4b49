"use strict";

// Turns a campaign into the HTML and plain-text parts of one recipient's e-mail.

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function paragraphs(markdownish) {
  return markdownish.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
}

function renderHtml(campaign, recipient) {
  const body = paragraphs(campaign.body)
    .map((p) =>
      p.startsWith("# ")
        ? `<h2 style="font-family:Georgia,serif;color:#1d3557">${escapeHtml(p.slice(2))}</h2>`
        : `<p style="font-family:Arial,sans-serif;line-height:1.5;color:#333">${escapeHtml(p)}</p>`
    )
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${
    escapeHtml(campaign.subject)
  }</title></head><body style="margin:0;padding:24px;background:#f6f6f6">
<table role="presentation" width="600" align="center" style="background:#fff;padding:24px">
<tr><td><p style="font-size:12px;color:#888">${escapeHtml(campaign.preheader ?? "")}</p>
<p>Hi ${escapeHtml(recipient.name)},</p>
${body}
<hr><p style="font-size:11px;color:#999">You are receiving this because you subscribed to ${
    escapeHtml(campaign.listName)
  }. <a href="https://news.example/u/${encodeURIComponent(recipient.email)}">Unsubscribe</a></p>
</td></tr></table></body></html>`;
}

function renderText(campaign, recipient) {
  return `Hi ${recipient.name},\n\n${
    paragraphs(campaign.body).join("\n\n")
  }\n\n--\nUnsubscribe: https://news.example/u/${encodeURIComponent(recipient.email)}\n`;
}

module.exports = { renderHtml, renderText };
