/** Server-sent events on a plain http response. */
export function openEventStream(req, res, { retryMs = 3000 } = {}) {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
  });
  res.write(`retry: ${retryMs}\n\n`);
  let open = true;
  return {
    send(event) {
      if (!open) return;
      res.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
    },
    end() {
      open = false;
      res.end();
    },
    /** The agent's browser went away. */
    onClose(fn) {
      req.on("close", () => {
        open = false;
        fn();
      });
    },
  };
}
