/**
 * The folder hierarchy of a workspace, kept in memory and written through to the metadata
 * store by the caller. Every folder is indexed by id; each folder also keeps its own children
 * so listings and subtree walks do not scan the index.
 */

export interface FolderAcl {
  owner: string;
  editors: string[];
  viewers: string[];
}

export class FolderError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class Folder {
  parent: Folder | null = null;
  readonly children = new Map<string, Folder>();
  updatedAt: string;

  constructor(
    readonly id: string,
    public name: string,
    public acl: FolderAcl,
    readonly createdBy: string,
    readonly createdAt = new Date().toISOString(),
  ) {
    this.updatedAt = createdAt;
  }

  get path(): string {
    const names = [this.name];
    for (let f = this.parent; f; f = f.parent) names.unshift(f.name);
    return "/" + names.slice(1).join("/");
  }

  toJSON() {
    return {
      id: this.id,
      name: this.name,
      path: this.path,
      parentId: this.parent?.id ?? null,
      childCount: this.children.size,
      owner: this.acl.owner,
      createdBy: this.createdBy,
      createdAt: this.createdAt,
      updatedAt: this.updatedAt,
    };
  }
}

const MAX_DEPTH = 12;

function inheritAcl(parent: Folder, createdBy: string): FolderAcl {
  return {
    owner: createdBy,
    editors: [...new Set([...parent.acl.editors, parent.acl.owner])],
    viewers: [...parent.acl.viewers],
  };
}

export class FolderTree {
  readonly root: Folder;
  readonly #byId = new Map<string, Folder>();

  constructor(workspace: string, owner: string) {
    this.root = new Folder("root", workspace, { owner, editors: [], viewers: [] }, owner);
    this.#byId.set(this.root.id, this.root);
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): Folder {
    const folder = this.#byId.get(id);
    if (!folder) throw new FolderError(404, `no folder ${id}`);
    return folder;
  }

  create(id: string, parentId: string, name: string, createdBy: string, acl?: FolderAcl): Folder {
    if (this.#byId.has(id)) throw new FolderError(409, `folder ${id} already exists`);
    const parent = this.get(parentId);
    if (this.#depth(parent) >= MAX_DEPTH) throw new FolderError(422, "folders nest too deep");
    for (const sibling of parent.children.values()) {
      if (sibling.name.toLowerCase() === name.toLowerCase()) {
        throw new FolderError(409, `"${name}" already exists in ${parent.path}`);
      }
    }
    const folder = new Folder(id, name, acl ?? inheritAcl(parent, createdBy), createdBy);
    folder.parent = parent;
    parent.children.set(folder.id, folder);
    this.#byId.set(folder.id, folder);
    return folder;
  }

  rename(id: string, name: string): Folder {
    const folder = this.get(id);
    if (folder === this.root) throw new FolderError(422, "the workspace root cannot be renamed");
    folder.name = name;
    folder.updatedAt = new Date().toISOString();
    return folder;
  }

  move(id: string, newParentId: string): Folder {
    const folder = this.get(id);
    const target = this.get(newParentId);
    for (let f: Folder | null = target; f; f = f.parent) {
      if (f === folder) throw new FolderError(422, "cannot move a folder into itself");
    }
    if (folder.parent) folder.parent.children.delete(folder.id);
    folder.parent = target;
    target.children.set(folder.id, folder);
    folder.updatedAt = new Date().toISOString();
    return folder;
  }

  /** Removes a folder and everything under it; returns the ids removed, deepest first. */
  remove(id: string): string[] {
    const folder = this.get(id);
    if (folder === this.root) throw new FolderError(422, "the workspace root cannot be removed");
    const removed: string[] = [];
    for (const node of this.#postOrder(folder)) {
      this.#byId.delete(node.id);
      node.parent = null;
      node.children.clear();
      removed.push(node.id);
    }
    folder.parent?.children.delete(folder.id);
    return removed;
  }

  *#postOrder(folder: Folder): Generator<Folder> {
    for (const child of [...folder.children.values()]) yield* this.#postOrder(child);
    yield folder;
  }

  #depth(folder: Folder): number {
    let depth = 0;
    for (let f = folder.parent; f; f = f.parent) depth++;
    return depth;
  }
}
