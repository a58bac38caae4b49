// headkit 2.3.1 — document head management for components, in the browser and on the server.
//
// Components declare what they need in <head> with useHead(); on the server each render gets
// its own HeadContext (createHeadContext()), whose collect() gives the tags to inject. A call
// without a context falls back to the default one, which the browser build flushes into the
// DOM on every change; on the server it keeps what was declared until rewind().

const DEDUPE_META = ["name", "property", "http-equiv"];

export class HeadContext {
  constructor(label) {
    this.label = label;
    this.instances = [];
    this.version = 0;
  }

  add(props, owner) {
    const entry = {
      props,
      owner,
      order: this.version++,
      declaredAt: Date.now(),
    };
    this.instances.push(entry);
    return entry;
  }

  remove(entry) {
    const i = this.instances.indexOf(entry);
    if (i !== -1) this.instances.splice(i, 1);
  }

  collect() {
    return reduceHead(this.instances);
  }

  rewind() {
    const state = reduceHead(this.instances);
    this.instances = [];
    return state;
  }
}

const defaultContext = new HeadContext("default");

export function createHeadContext(label = "request") {
  return new HeadContext(label);
}

/** Declares title, meta and link tags for the component `owner`; later declarations win. */
export function useHead(props, context, owner = "anonymous") {
  return (context ?? defaultContext).add(props, owner);
}

export function rewind() {
  return defaultContext.rewind();
}

export function reduceHead(instances) {
  let title;
  let titleTemplate = "%s";
  const meta = new Map();
  const links = new Map();
  for (const { props } of instances) {
    if (props.title !== undefined) title = props.title;
    if (props.titleTemplate) titleTemplate = props.titleTemplate;
    for (const m of props.meta ?? []) {
      const key = DEDUPE_META.map((k) => m[k] ?? "").join("|");
      meta.set(key, m);
    }
    for (const l of props.link ?? []) links.set(`${l.rel}|${l.hreflang ?? ""}`, l);
  }
  return {
    title: title === undefined ? undefined : titleTemplate.replace("%s", title),
    meta: [...meta.values()],
    link: [...links.values()],
  };
}

const escape = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );

export function renderHeadTags(state) {
  const out = [];
  if (state.title !== undefined) out.push(`<title>${escape(state.title)}</title>`);
  for (const m of state.meta) {
    const attrs = Object.entries(m).map(([k, v]) => `${k}="${escape(v)}"`).join(" ");
    out.push(`<meta ${attrs}>`);
  }
  for (const l of state.link) {
    const attrs = Object.entries(l).map(([k, v]) => `${k}="${escape(v)}"`).join(" ");
    out.push(`<link ${attrs}>`);
  }
  return out.join("\n");
}
