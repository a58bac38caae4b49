import { type Folder, FolderTree } from "./folder_tree.ts";

export interface Change {
  at: string;
  actor: string;
  action: "create" | "rename" | "move" | "remove";
  folderId: string;
  detail: string;
}

const RECENT_CHANGES = 100;

/** The one workspace this instance serves, seeded the way the migration left it. */
export class Workspace {
  readonly tree: FolderTree;
  readonly recent: Change[] = [];

  constructor(readonly slug: string, owner: string) {
    this.tree = new FolderTree(slug, owner);
  }

  canEdit(user: string, folder: Folder): boolean {
    return folder.acl.owner === user || folder.acl.editors.includes(user);
  }

  canView(user: string, folder: Folder): boolean {
    return this.canEdit(user, folder) || folder.acl.viewers.includes(user) ||
      folder.acl.viewers.includes("*");
  }

  record(change: Omit<Change, "at">) {
    this.recent.push({ at: new Date().toISOString(), ...change });
    if (this.recent.length > RECENT_CHANGES) {
      this.recent.splice(0, this.recent.length - RECENT_CHANGES);
    }
  }
}

export function seedWorkspace(): Workspace {
  const ws = new Workspace("northwind", "maria@northwind.test");
  const t = ws.tree;
  t.create("team-projects", "root", "Projects", "maria@northwind.test", {
    owner: "maria@northwind.test",
    editors: ["jonas@northwind.test", "priya@northwind.test"],
    viewers: ["*"],
  });
  t.create("team-finance", "root", "Finance", "maria@northwind.test", {
    owner: "maria@northwind.test",
    editors: ["erik@northwind.test"],
    viewers: [],
  });
  t.create("team-hr", "root", "People", "maria@northwind.test");
  t.create("proj-website", "team-projects", "Website relaunch", "jonas@northwind.test");
  t.create("proj-mobile", "team-projects", "Mobile app", "priya@northwind.test");
  t.create("fin-2025", "team-finance", "FY2025", "erik@northwind.test");
  return ws;
}
