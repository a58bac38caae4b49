"use strict";

const http = require("node:http");

/** The HTTP app and its lifecycle: close hooks run on shutdown, last registered first. */
class App {
  #closeHooks = new Set();
  #routes = [];
  #server = null;

  route(method, pattern, handler) {
    this.#routes.push({ method, pattern, handler });
  }

  onClose(fn) {
    this.#closeHooks.add(fn);
  }

  offClose(fn) {
    this.#closeHooks.delete(fn);
  }

  async close() {
    this.#server?.close();
    for (const fn of [...this.#closeHooks].reverse()) {
      try {
        await fn();
      } catch (err) {
        console.error("close hook failed:", err);
      }
    }
  }

  async #dispatch(req, res) {
    const url = new URL(req.url, "http://localhost");
    for (const r of this.#routes) {
      if (r.method !== req.method) continue;
      const m = r.pattern.exec(url.pathname);
      if (!m) continue;
      let body;
      if (req.method !== "GET") {
        const chunks = [];
        for await (const c of req) chunks.push(c);
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
      }
      const out = await r.handler({ params: m.groups ?? {}, query: url.searchParams, body, req });
      res.writeHead(out.status ?? 200, { "content-type": "application/json" });
      return res.end(JSON.stringify(out.body));
    }
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "not found" }));
  }

  listen(port, cb) {
    this.#server = http.createServer((req, res) => {
      this.#dispatch(req, res).catch((err) => {
        const status = err.status ?? (err instanceof SyntaxError ? 400 : 500);
        if (status === 500) console.error(err);
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: err.message }));
      });
    });
    this.#server.listen(port, "127.0.0.1", cb);
  }
}

module.exports = { App };
