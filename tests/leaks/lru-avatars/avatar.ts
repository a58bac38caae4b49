const PALETTE = ["#1abc9c", "#3498db", "#9b59b6", "#e67e22", "#e74c3c", "#34495e", "#16a085"];

function initials(name: string): string {
  const parts = name.split(/[\s._-]+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : name.slice(0, 2);
  return letters.toUpperCase();
}

function colorFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 33 + ch.codePointAt(0)!) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length];
}

export function renderAvatar(name: string, size: number): string {
  const r = size / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<title>${name.replace(/[<>&"]/g, "")}</title>` +
    `<circle cx="${r}" cy="${r}" r="${r}" fill="${colorFor(name)}"/>` +
    `<text x="50%" y="50%" dy=".35em" text-anchor="middle" font-family="Inter, sans-serif" ` +
    `font-size="${Math.round(size * 0.4)}" fill="#fff">${initials(name)}</text></svg>`;
}
