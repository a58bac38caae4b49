const PROVIDERS = {
  youtube: (ref) =>
    `<iframe class="embed" src="https://www.youtube-nocookie.com/embed/${ref}"></iframe>`,
  datawrapper: (ref) =>
    `<iframe class="embed chart" src="https://datawrapper.dwcdn.net/${ref}/"></iframe>`,
  x: (ref) => `<blockquote class="embed post" data-ref="${ref}"></blockquote>`,
};

export const embeds = {
  name: "embeds",
  setup(api) {
    api.on("render:block", (block) => {
      if (block.type !== "embed") return block;
      const render = PROVIDERS[block.provider];
      return { ...block, html: render ? render(block.ref) : `<p>[${block.provider} embed]</p>` };
    }, 10);
  },
};
