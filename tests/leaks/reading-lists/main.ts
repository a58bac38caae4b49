import { autosave, listStore } from "./autosave.ts";
import { lookupWork } from "./catalog.ts";
import { cite, parseStyle } from "./citations.ts";
import { addItem, allLists, editItem, findList, visibleCount } from "./lists.ts";
import { byImportance, ListError, type ListItem } from "./reading_list.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8171;

const LIST = new URLPattern({ pathname: "/lists/:id" });
const ITEMS = new URLPattern({ pathname: "/lists/:id/items" });
const ITEM = new URLPattern({ pathname: "/lists/:id/items/:isbn" });
const CITATIONS = new URLPattern({ pathname: "/lists/:id/citations" });

function present(item: ListItem) {
  const work = lookupWork(item.isbn);
  return {
    isbn: item.isbn,
    title: work?.title ?? "(not in catalogue)",
    authors: work?.authors ?? [],
    importance: item.importance,
    week: item.week,
    note: item.note || undefined,
    availability: work
      ? { shortLoan: work.shortLoanCopies, ebook: work.ebook }
      : { shortLoan: 0, ebook: false },
  };
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new ListError(400, "expected a JSON object");
  }
  return body;
}

function pageParams(url: URL) {
  const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
  const size = Math.min(50, Math.max(1, Number(url.searchParams.get("size")) || 20));
  return { page, size };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const user = req.headers.get("x-user") ?? "anonymous";

  if (req.method === "GET" && url.pathname === "/lists") {
    return Response.json(
      allLists().map((list) => ({
        id: list.id,
        course: list.course,
        owner: list.owner,
        items: visibleCount(list),
        updatedAt: list.updatedAt,
      })),
    );
  }
  if (req.method === "GET" && url.pathname === "/stats") {
    return Response.json({ ...autosave.stats(), documents: listStore.documents.size });
  }

  let m = ITEMS.exec(url);
  if (m && req.method === "POST") {
    const list = findList(m.pathname.groups.id!);
    const { result, item } = addItem(list, await readBody(req), user);
    return Response.json(present(item), { status: result === "added" ? 201 : 200 });
  }
  m = ITEM.exec(url);
  if (m && req.method === "PATCH") {
    const list = findList(m.pathname.groups.id!);
    const item = editItem(list, m.pathname.groups.isbn!, await readBody(req), user);
    return Response.json(present(item));
  }
  m = CITATIONS.exec(url);
  if (m && req.method === "GET") {
    const list = findList(m.pathname.groups.id!);
    const style = parseStyle(url.searchParams.get("style"));
    const lines = list.visible().sort(byImportance).map((item) => {
      const work = lookupWork(item.isbn);
      return work ? cite(work, style) : `[${item.isbn}]`;
    });
    return new Response(`${list.course} (${list.term})\n\n${lines.join("\n")}\n`, {
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  m = LIST.exec(url);
  if (m && req.method === "GET") {
    const list = findList(m.pathname.groups.id!);
    const { page, size } = pageParams(url);
    const visible = list.visible().sort(byImportance);
    const items = visible.slice((page - 1) * size, page * size);
    return Response.json({
      id: list.id,
      course: list.course,
      term: list.term,
      owner: list.owner,
      updatedAt: list.updatedAt,
      page,
      pages: Math.max(1, Math.ceil(visible.length / size)),
      items: items.map(present),
    });
  }
  throw new ListError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`reading lists on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof ListError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
