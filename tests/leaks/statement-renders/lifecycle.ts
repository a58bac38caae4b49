/**
 * Process lifecycle: everything that must be released when the service stops (buffer pools,
 * scratch workspaces of renders still running) goes on this stack, which is disposed once on
 * SIGTERM, last registered first.
 */
export const lifecycle = new AsyncDisposableStack();

let stopping = false;

export async function shutdown(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`shutting down (${reason})`);
  await lifecycle.disposeAsync();
}

/** A small pool of page buffers, so renders do not allocate a fresh 16 KB per page. */
export class PagePool implements Disposable {
  #idle: Uint8Array[] = [];
  allocated = 0;

  acquire(): Uint8Array {
    const page = this.#idle.pop();
    if (page) return page;
    this.allocated++;
    return new Uint8Array(16 * 1024);
  }

  release(page: Uint8Array) {
    if (this.#idle.length < 8) this.#idle.push(page.fill(0));
  }

  [Symbol.dispose]() {
    this.#idle = [];
  }
}

export const pages = lifecycle.use(new PagePool());
