import type { LiftPass } from "./passes.ts";

/** The printable card face as SVG (the desk printer takes SVG). */
function cardSvg(pass: LiftPass): string {
  const bars = [...pass.number].map((d, i) =>
    `<rect x="${20 + i * 14}" y="120" width="${2 + Number(d) % 4 * 2}" height="40"/>`
  ).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="340" height="200">` +
    `<rect width="340" height="200" rx="12" fill="#e8f1fb"/>` +
    `<text x="20" y="40" font-size="20">${
      pass.kind === "season" ? "Saisonkarte" : "Tageskarte"
    }</text>` +
    `<text x="20" y="70" font-size="14">${escapeXml(pass.holder)}</text>` +
    `<text x="20" y="100" font-size="14">Nr. ${pass.number}</text>${bars}</svg>`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The card face as a download. Goes through a Blob URL so the same code path serves the desk
 * printer's pull (it fetches blob URLs handed to it by the kiosk shell).
 */
export async function cardResponse(pass: LiftPass): Promise<Response> {
  const url = URL.createObjectURL(new Blob([cardSvg(pass)], { type: "image/svg+xml" }));
  try {
    const res = await fetch(url);
    return new Response(await res.arrayBuffer(), {
      headers: { "content-type": "image/svg+xml", "cache-control": "no-store" },
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
