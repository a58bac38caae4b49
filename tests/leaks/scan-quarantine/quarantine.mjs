/**
 * Uploads wait here until the scanner clears them; clean files go to the tenant's file
 * list, infected ones are reported and dropped.
 */
export class Quarantine {
  #held = new Map();
  #scanner;
  #files;
  #rejected = [];

  constructor(scanner, files) {
    this.#scanner = scanner;
    this.#files = files;
  }

  admit(upload) {
    if (this.#held.has(upload.id)) return false;
    this.#held.set(upload.id, upload);
    this.#scanner.on("verdict", this.#settle.bind(this, upload));
    this.#scanner.submit({ id: upload.id, content: upload.content });
    return true;
  }

  status(id) {
    if (this.#held.has(id)) return { id, state: "scanning" };
    const file = this.#files.get(id);
    if (file) return { id, state: "clean", sha256: file.sha256 };
    const rejected = this.#rejected.find((r) => r.id === id);
    if (rejected) return { id, state: "infected", signature: rejected.signature };
    return null;
  }

  #settle(upload, verdict) {
    if (verdict.id !== upload.id) return;
    this.#scanner.off("verdict", this.#settle);
    this.#held.delete(upload.id);
    if (verdict.clean) {
      this.#files.add({
        id: upload.id,
        tenant: upload.tenant,
        name: upload.name,
        size: upload.size,
        sha256: verdict.sha256,
        content: upload.content,
      });
    } else {
      this.#rejected.push({ id: upload.id, tenant: upload.tenant, signature: verdict.signature });
      if (this.#rejected.length > 20) this.#rejected.shift();
    }
  }

  stats() {
    return { scanning: this.#held.size, rejected: this.#rejected.length };
  }
}

/** Clean files per tenant, the last 25 of each (the import job picks them up from here). */
export class TenantFiles {
  #byTenant = new Map();
  #byId = new Map();

  add(file) {
    let list = this.#byTenant.get(file.tenant);
    if (!list) {
      list = [];
      this.#byTenant.set(file.tenant, list);
    }
    list.push(file);
    this.#byId.set(file.id, file);
    if (list.length > 25) this.#byId.delete(list.shift().id);
  }

  get(id) {
    return this.#byId.get(id) ?? null;
  }

  list(tenant) {
    return (this.#byTenant.get(tenant) ?? []).map(({ content: _c, ...meta }) => meta);
  }
}
