/** Enough Markdown for previews: headings, lists, code fences, emphasis, links. */
export function renderMarkdown(source: string) {
  const out: string[] = [];
  const headings: { level: number; text: string; slug: string }[] = [];
  let inList = false;
  let inCode = false;
  let words = 0;

  for (const line of source.split(/\r?\n/)) {
    if (line.startsWith("```")) {
      out.push(inCode ? "</code></pre>" : "<pre><code>");
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out.push(escapeHtml(line));
      continue;
    }
    words += line.split(/\s+/).filter(Boolean).length;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (inList && !item) {
      out.push("</ul>");
      inList = false;
    }
    if (heading) {
      const text = heading[2].trim();
      const slug = text.toLowerCase().replace(/[^\w]+/g, "-").replace(/^-|-$/g, "");
      headings.push({ level: heading[1].length, text, slug });
      out.push(`<h${heading[1].length} id="${slug}">${inline(text)}</h${heading[1].length}>`);
    } else if (item) {
      if (!inList) out.push("<ul>");
      inList = true;
      out.push(`<li>${inline(item[1])}</li>`);
    } else if (line.trim()) {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  if (inList) out.push("</ul>");
  if (inCode) out.push("</code></pre>");
  return { html: out.join("\n"), headings, words };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/\*(.+?)\*/g, "<em>$1</em>")
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
}
