import { type Dashboard, render, type Rendered } from "./render.ts";

const REFRESH_MS = 1_500;
const KEEP_RENDERED = 40;

// Most recently rendered dashboards, oldest first.
const rendered = new Map<string, Rendered>();

function store(result: Rendered) {
  rendered.delete(result.id);
  rendered.set(result.id, result);
  if (rendered.size > KEEP_RENDERED) rendered.delete(rendered.keys().next().value!);
}

export function renderedDashboard(id: string): Rendered | undefined {
  return rendered.get(id);
}

/** Renders the dashboard now and keeps it fresh, so opening it is instant. */
export function warmDashboard(dashboard: Dashboard): Rendered {
  const first = render(dashboard);
  store(first);

  const schedule = () => setTimeout(refresh, REFRESH_MS);
  const refresh = () => {
    store(render(dashboard));
    schedule();
  };
  schedule();
  return first;
}
