// Markdown (the firm's templates are written in it) to a plain one-column PDF. Headings, bold
// runs and list bullets are kept; tables and images are not used in these documents.

const encoder = new TextEncoder();
const LINE_CHARS = 88;
const LINES_PER_PAGE = 52;

interface Line {
  text: string;
  size: number;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}

export function layout(markdown: string): Line[][] {
  const lines: Line[] = [];
  for (const block of markdown.replace(/\r\n/g, "\n").split(/\n{2,}/)) {
    const heading = /^(#{1,3})\s+(.*)$/s.exec(block);
    if (heading) {
      lines.push({ text: heading[2].trim(), size: 18 - heading[1].length * 2 });
      continue;
    }
    for (const raw of block.split("\n")) {
      const bullet = /^\s*[-*]\s+/.test(raw);
      const text = raw.replace(/^\s*[-*]\s+/, "").replace(/\*\*(.+?)\*\*/g, "$1");
      wrap(text, LINE_CHARS - (bullet ? 4 : 0)).forEach((t, n) =>
        lines.push({ text: (bullet ? (n === 0 ? "•   " : "    ") : "") + t, size: 10 })
      );
    }
    lines.push({ text: "", size: 10 });
  }
  const pages: Line[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) {
    pages.push(lines.slice(i, i + LINES_PER_PAGE));
  }
  return pages;
}

const escapePdf = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function toPdf(title: string, pages: Line[][]): Uint8Array {
  const objects: string[] = [];
  const pageRefs: number[] = [];
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(""); // pages, filled in below
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (const page of pages) {
    let y = 800;
    const ops = page.map((l) => {
      y -= l.size + 4;
      return `BT /F1 ${l.size} Tf 56 ${y} Td (${escapePdf(l.text)}) Tj ET`;
    }).join("\n");
    objects.push(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    const contentRef = objects.length;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>`,
    );
    pageRefs.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${
    pageRefs.map((r) => `${r} 0 R`).join(" ")
  }] /Count ${pageRefs.length} >>`;
  let out = `%PDF-1.4\n% ${escapePdf(title)}\n`;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(out);
}
