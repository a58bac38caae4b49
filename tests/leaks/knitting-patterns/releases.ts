/**
 * New pattern releases, pushed to whoever is listening (the shop's "new in" banner long-polls).
 * Each listener has its own stream; it leaves the set when it cancels or when the hub closes it.
 */
export interface Release {
  title: string;
  slug?: string;
  note?: string;
  at: number;
}

const KEEP = 20;

export class ReleaseHub {
  #listeners = new Set<ReadableStreamDefaultController<Release>>();
  #recent: Release[] = [];

  listen(): ReadableStream<Release> {
    let mine: ReadableStreamDefaultController<Release>;
    return new ReadableStream<Release>({
      start: (controller) => {
        mine = controller;
        this.#listeners.add(controller);
      },
      cancel: () => {
        this.#listeners.delete(mine);
      },
    });
  }

  publish(release: Release) {
    this.#recent.unshift(release);
    if (this.#recent.length > KEEP) this.#recent.length = KEEP;
    for (const controller of this.#listeners) controller.enqueue(release);
  }

  recent() {
    return this.#recent;
  }

  listening() {
    return this.#listeners.size;
  }
}

/** The next release within `waitMs`, or undefined. */
export async function nextRelease(hub: ReleaseHub, waitMs: number) {
  const reader = hub.listen().getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      reader.read().then((r) => r.done ? undefined : r.value),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), Math.min(waitMs, 250));
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await reader.cancel();
  }
}
