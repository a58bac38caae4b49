import { gzipSync } from "node:zlib";

export const BUILD_ID = "build-2024.06.3";

const SOURCES = {
  "/static/js/app.js": {
    type: "text/javascript; charset=utf-8",
    text: `import { mount } from "./runtime.js";\n${
      Array.from({ length: 60 }, (_, n) =>
        `export function widget${n}(el) { return mount(el, { id: ${n}, lazy: ${n % 3 === 0} }); }`)
        .join("\n")
    }\n`,
  },
  "/static/css/main.css": {
    type: "text/css; charset=utf-8",
    text: Array.from(
      { length: 80 },
      (_, n) =>
        `.grid-${n} { display: grid; gap: ${n % 8}px; grid-template-columns: repeat(${
          1 + n % 6
        }, 1fr); }`,
    )
      .join("\n"),
  },
  "/static/img/logo.svg": {
    type: "image/svg+xml",
    text:
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#1d4ed8"/><path d="M18 40 L32 16 L46 40 Z" fill="#fff"/></svg>`,
  },
  "/static/fonts/inter.css": {
    type: "text/css; charset=utf-8",
    text:
      `@font-face { font-family: Inter; font-display: swap; src: url("/static/fonts/inter-var.woff2") format("woff2"); }`,
  },
};

const assets = new Map(
  Object.entries(SOURCES).map(([path, { type, text }]) => {
    const body = Buffer.from(text, "utf8");
    return [path, { path, type, body, gzip: gzipSync(body), etag: `W/"${BUILD_ID}"` }];
  }),
);

export function findAsset(path) {
  return assets.get(path);
}
