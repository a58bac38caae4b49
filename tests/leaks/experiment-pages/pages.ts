// Page rendering with nunjucks. Templates come from an in-memory loader (the CMS publishes
// them at deploy) and are compiled once per name by nunjucks' loader cache. The {% exposure %}
// tag prints the visitor's variant of an experiment and logs that the visitor saw it.
import nunjucks from "nunjucks";
import { assign, type Exposure, recordExposures } from "./experiments.ts";

const TEMPLATES: Record<string, string> = {
  "layout.njk": `<!doctype html><html lang="en"><head><title>{{ title }}</title></head>
<body>{% block main %}{% endblock %}<footer>© {{ year }} Fernway</footer></body></html>`,
  "landing.njk": `{% extends "layout.njk" %}{% block main %}
<section class="hero hero--{% exposure "hero-cta" %}">
  <h1>{{ headline }}</h1>
  {% if variants["hero-cta"] == "video" %}<video src="/media/tour.mp4" muted></video>{% endif %}
  <a class="cta" href="/signup?ref={{ campaign | urlencode }}">Start free trial</a>
</section>
<section class="badges badges--{% exposure "trust-badges" %}"></section>
{% endblock %}`,
  "pricing.njk": `{% extends "layout.njk" %}{% block main %}
<section class="pricing pricing--{% exposure "pricing-layout" %}">
  {% for plan in plans %}<div class="plan"><h2>{{ plan.name }}</h2>
  <p>{{ plan.monthly }} €/month · {{ plan.annual }} €/year</p></div>{% endfor %}
</section>{% endblock %}`,
};

class MemoryLoader extends nunjucks.Loader {
  getSource(name: string) {
    const src = TEMPLATES[name];
    return src === undefined ? null : { src, path: name, noCache: false };
  }
}

const env = new nunjucks.Environment(new MemoryLoader(), { autoescape: true });

// deno-lint-ignore no-explicit-any
type Parser = any;
// deno-lint-ignore no-explicit-any
type Nodes = any;

class ExposureTag {
  tags = ["exposure"];
  constructor(
    private readonly visitor: string,
    private readonly variants: Record<string, string>,
    private readonly exposures: Exposure[],
  ) {}

  parse(parser: Parser, nodes: Nodes) {
    const tok = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(tok.value);
    return new nodes.CallExtension(this, "run", args);
  }

  run(_context: unknown, experiment: string) {
    const variant = this.variants[experiment] ?? "control";
    this.exposures.push({ experiment, variant });
    return variant;
  }
}

export function renderPage(name: string, visitor: string, data: Record<string, unknown>) {
  const variants = assign(visitor);
  const exposures: Exposure[] = [];
  env.addExtension("ExposureTag", new ExposureTag(visitor, variants, exposures));
  const html: string = env.render(name, {
    ...data,
    variants,
    year: new Date().getFullYear(),
  });
  recordExposures(exposures);
  return { html, exposures };
}
