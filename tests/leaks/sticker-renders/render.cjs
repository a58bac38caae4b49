"use strict";
const { createHash } = require("node:crypto");
const { promisify } = require("node:util");
const zlib = require("node:zlib");

const gzip = promisify(zlib.gzip);

const SHAPES = {
  circle: (s) => `<circle cx="${s / 2}" cy="${s / 2}" r="${s / 2 - 4}"/>`,
  badge: (s) =>
    `<path d="M${s / 2} 4 L${s - 6} ${s / 4} L${s - 6} ${(s * 3) / 4} L${s / 2} ${s - 4} ` +
    `L6 ${(s * 3) / 4} L6 ${s / 4} Z"/>`,
  rounded: (s) => `<rect x="4" y="4" width="${s - 8}" height="${s - 8}" rx="${s / 8}"/>`,
};

function escapeXml(text) {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The sticker as SVG text: the shape in the colour, a darker rim, the label curved over it. */
function stickerSvg({ text, color, shape, size }) {
  const label = escapeXml(text);
  const rim = color.replace(
    /../g,
    (h) => Math.floor(parseInt(h, 16) * 0.7).toString(16).padStart(2, "0"),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <defs>
    <path id="arc" d="M${size * 0.15} ${size * 0.55} A${size * 0.35} ${size * 0.35} 0 0 1 ${
    size * 0.85
  } ${size * 0.55}"/>
    <filter id="shadow"><feDropShadow dx="0" dy="2" stdDeviation="2" flood-opacity="0.35"/></filter>
  </defs>
  <g fill="#${color}" stroke="#${rim}" stroke-width="4" filter="url(#shadow)">${
    SHAPES[shape](size)
  }</g>
  <text font-family="Inter, Helvetica, sans-serif" font-weight="700" font-size="${
    Math.round(size / 9)
  }" fill="#fff">
    <textPath href="#arc" startOffset="50%" text-anchor="middle">${label}</textPath>
  </text>
  <title>${label}</title>
</svg>
`;
}

/** Renders a sticker and gzips it: {gz, etag, svgBytes}. */
async function renderSticker(spec) {
  const svg = Buffer.from(stickerSvg(spec), "utf8");
  const gz = await gzip(svg, { level: 9 });
  const etag = `"${createHash("sha1").update(svg).digest("hex").slice(0, 20)}"`;
  return { gz, etag, svgBytes: svg.length };
}

module.exports = { renderSticker, SHAPES };
