// Comment rendering: one MarkdownIt instance for the whole service (html off, linkify on),
// with an external-links plugin installed at start-up and a mentions plugin that reports every
// @handle of a known teammate back to the caller, so the comment can notify them.
import markdownit, { type MarkdownIt, type RendererRule, type StateCore } from "markdown-it";

const md = markdownit({ html: false, linkify: true, typographer: true });

function externalLinks(md: MarkdownIt) {
  const fallback: RendererRule = md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx].attrGet("href") ?? "");
    if (/^https?:\/\//.test(href) && !href.startsWith("https://team.example.com/")) {
      tokens[idx].attrSet("target", "_blank");
      tokens[idx].attrSet("rel", "noopener nofollow");
    }
    return fallback(tokens, idx, options, env, self);
  };
}
md.use(externalLinks);

interface MentionOptions {
  known: ReadonlySet<string>;
  onMention: (handle: string) => void;
}

const MENTION = /(^|[^\w@])@([a-z][\w.-]{1,30})/g;

function mentions(md: MarkdownIt, opts: MentionOptions) {
  md.core.ruler.push("mentions", (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      for (const token of block.children) {
        if (token.type !== "text") continue;
        for (const m of token.content.matchAll(MENTION)) {
          if (opts.known.has(m[2])) opts.onMention(m[2]);
        }
      }
    }
  });
}

export function renderComment(text: string, known: ReadonlySet<string>) {
  const mentioned = new Set<string>();
  md.use(mentions, { known, onMention: (handle: string) => mentioned.add(handle) });
  const html = md.render(text);
  return { html, mentions: [...mentioned] };
}
