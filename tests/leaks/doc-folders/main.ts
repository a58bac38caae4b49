import { FolderError } from "./folder_tree.ts";
import { seedWorkspace } from "./workspace.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8231;

const workspace = seedWorkspace();

const FOLDERS = new URLPattern({ pathname: "/folders" });
const FOLDER = new URLPattern({ pathname: "/folders/:id" });
const FOLDER_ACTION = new URLPattern({ pathname: "/folders/:id/:action(delete|move)" });
const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new FolderError(400, "expected a JSON object");
  }
  return body as Record<string, unknown>;
}

function userOf(req: Request): string {
  const user = req.headers.get("x-user");
  if (!user) throw new FolderError(401, "x-user required");
  return user.toLowerCase();
}

function folderName(value: unknown): string {
  const name = String(value ?? "").trim();
  if (!name || name.length > 120 || /[\/\\]/.test(name)) {
    throw new FolderError(422, "name must be 1-120 characters without slashes");
  }
  return name;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (req.method === "GET" && url.pathname === "/changes") {
    return Response.json(workspace.recent.slice(-20));
  }
  const user = userOf(req);
  const tree = workspace.tree;

  if (req.method === "POST" && FOLDERS.test(url)) {
    const body = await readJson(req);
    const id = String(body.id ?? "");
    if (!ID.test(id)) throw new FolderError(422, "id must be a lowercase slug");
    const parent = tree.get(String(body.parentId ?? "root"));
    if (!workspace.canEdit(user, parent)) throw new FolderError(403, "not an editor here");
    const folder = tree.create(id, parent.id, folderName(body.name), user);
    workspace.record({ actor: user, action: "create", folderId: id, detail: folder.path });
    return Response.json(folder, { status: 201 });
  }

  const action = FOLDER_ACTION.exec(url);
  if (req.method === "POST" && action) {
    const folder = tree.get(action.pathname.groups.id!);
    if (!workspace.canEdit(user, folder)) throw new FolderError(403, "not an editor here");
    if (action.pathname.groups.action === "move") {
      const body = await readJson(req);
      const target = tree.get(String(body.parentId ?? ""));
      if (!workspace.canEdit(user, target)) throw new FolderError(403, "not an editor there");
      const path = folder.path;
      tree.move(folder.id, target.id);
      workspace.record({
        actor: user,
        action: "move",
        folderId: folder.id,
        detail: `${path} -> ${folder.path}`,
      });
      return Response.json(folder);
    }
    const path = folder.path;
    const removed = tree.remove(folder.id);
    workspace.record({ actor: user, action: "remove", folderId: folder.id, detail: path });
    return Response.json({ removed });
  }

  const one = FOLDER.exec(url);
  if (one) {
    const folder = tree.get(one.pathname.groups.id!);
    if (req.method === "GET") {
      if (!workspace.canView(user, folder)) throw new FolderError(403, "no access");
      return Response.json(folder);
    }
    if (req.method === "PATCH") {
      if (!workspace.canEdit(user, folder)) throw new FolderError(403, "not an editor here");
      const body = await readJson(req);
      const before = folder.name;
      tree.rename(folder.id, folderName(body.name));
      workspace.record({
        actor: user,
        action: "rename",
        folderId: folder.id,
        detail: `${before} -> ${folder.name}`,
      });
      return Response.json(folder);
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`doc-folders on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof FolderError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
