import httpProxy from "http-proxy";

// One proxy for the whole gateway, as http-proxy's docs set it up.
const proxy = httpProxy.createProxyServer({ changeOrigin: true, xfwd: true });

const stats = { proxied: 0, upstreamErrors: 0, totalUpstreamMs: 0 };

/**
 * Connect middleware forwarding to the courier API. The upstream's timing goes into a header
 * and its session cookie is dropped before the answer reaches our clients.
 */
export function courierForwarder(target) {
  return function forward(req, res) {
    const started = process.hrtime.bigint();
    const apiKey = req.headers["x-api-key"];

    proxy.on("proxyRes", (proxyRes, proxiedReq) => {
      if (proxiedReq !== req) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      stats.totalUpstreamMs += ms;
      proxyRes.headers["x-upstream-ms"] = ms.toFixed(1);
      proxyRes.headers["x-courier-account"] = apiKey ? "partner" : "public";
      delete proxyRes.headers["set-cookie"];
    });

    stats.proxied++;
    proxy.web(req, res, { target }, (err) => {
      stats.upstreamErrors++;
      if (res.headersSent) return res.destroy(err);
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "courier unavailable" }));
    });
  };
}

export function gatewayStats() {
  return {
    ...stats,
    meanUpstreamMs: stats.proxied ? +(stats.totalUpstreamMs / stats.proxied).toFixed(2) : 0,
  };
}
