const DESKS = {
  "a.osei": { name: "Ama Osei", role: "Economics correspondent" },
  "t.brandt": { name: "Tom Brandt", role: "Political editor" },
  "l.novak": { name: "Lena Novak", role: "Data reporter" },
};

export const bylines = {
  name: "bylines",
  setup(api) {
    api.on("render:page", (html, ctx) => {
      const authors = (ctx.story.authors ?? []).map((a) => DESKS[a] ?? { name: a, role: "" });
      const line = authors.map((a) => `<span class="byline">${a.name}<em>${a.role}</em></span>`);
      return html.replace("<!--byline-->", line.join(" and "));
    }, 20);
  },
};
