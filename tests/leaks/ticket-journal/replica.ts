/**
 * The standby site's journal endpoint. The link comes up once its health check answers (the
 * standby may start after us), and appends wait for it rather than fail during a boot race.
 */
export class ReplicaSink {
  #link = Promise.withResolvers<string>();
  #sent = 0;

  constructor(readonly url: string | undefined) {
    if (url) this.#connect(url);
  }

  async #connect(url: string) {
    for (let attempt = 1;; attempt++) {
      try {
        const res = await fetch(new URL("/healthz", url));
        await res.body?.cancel();
        if (res.ok) return this.#link.resolve(url);
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, Math.min(30_000, 500 * attempt)));
    }
  }

  async append(entry: object): Promise<void> {
    const url = await this.#link.promise;
    const res = await fetch(new URL("/journal", url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(entry),
    });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`replica answered ${res.status}`);
    this.#sent += 1;
  }

  get sent() {
    return this.#sent;
  }
}
