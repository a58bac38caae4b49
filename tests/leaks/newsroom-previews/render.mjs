function para(block) {
  const cls = block.className ? ` class="${block.className}"` : "";
  return block.html ?? `<p${cls}>${block.text}</p>`;
}

export async function renderStory(host, story, ctx) {
  const blocks = [];
  for (const block of story.blocks) blocks.push(await host.run("render:block", block, ctx));
  const html = [
    "<!doctype html><html><head><title>",
    story.headline,
    "</title></head><body><article><h1>",
    story.headline,
    "</h1><!--byline-->",
    ...blocks.map(para),
    "</article></body></html>",
  ].join("");
  return host.run("render:page", html, { ...ctx, story });
}
