import http from "node:http";
import { getArticle, publishHeadline, recentlyPublished } from "./cms.mjs";
import {
  assign,
  conclude,
  concluded,
  createTest,
  ExperimentError,
  recordClick,
  testForArticle,
  tests,
} from "./experiments.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4740;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new ExperimentError(400, "body must be JSON");
  }
}

function deviceOf(userAgent = "") {
  if (/iPhone|Android.+Mobile/.test(userAgent)) return "mobile";
  if (/iPad|Tablet/.test(userAgent)) return "tablet";
  return "desktop";
}

function readerContext(req) {
  const referrer = req.headers["referer"] ?? "";
  return {
    device: deviceOf(req.headers["user-agent"]),
    referrer: referrer ? new URL(referrer).hostname : "direct",
    country: String(req.headers["cf-ipcountry"] ?? "NL"),
    app: req.headers["x-app-version"] ? `app/${req.headers["x-app-version"]}` : "web",
  };
}

async function route(req, res, url) {
  const createRoute = /^\/articles\/([\w-]+)\/headline-tests$/.exec(url.pathname);
  if (createRoute && req.method === "POST") {
    const article = await getArticle(createRoute[1]);
    const test = createTest(article, await readJson(req));
    return send(res, 201, { id: test.id, variants: test.variants.map((v) => v.id) });
  }

  const headlineRoute = /^\/articles\/([\w-]+)\/headline$/.exec(url.pathname);
  if (headlineRoute && req.method === "GET") {
    const visitor = url.searchParams.get("visitor");
    if (!visitor) throw new ExperimentError(400, "visitor is required");
    const test = testForArticle(headlineRoute[1]);
    if (!test) {
      const article = await getArticle(headlineRoute[1]);
      return send(res, 200, { headline: article.headline, test: null });
    }
    const variant = assign(test, visitor, readerContext(req));
    return send(res, 200, { headline: variant.text, test: test.id, variant: variant.id });
  }

  const clickRoute = /^\/articles\/([\w-]+)\/clicks$/.exec(url.pathname);
  if (clickRoute && req.method === "POST") {
    const { visitor } = await readJson(req);
    const test = testForArticle(clickRoute[1]);
    const variant = test && visitor ? recordClick(test, String(visitor)) : null;
    return send(res, 202, { counted: Boolean(variant) });
  }

  const concludeRoute = /^\/headline-tests\/([\w-]+)\/conclude$/.exec(url.pathname);
  if (concludeRoute && req.method === "POST") {
    const test = tests.get(concludeRoute[1]);
    if (!test) throw new ExperimentError(404, "no such running test");
    const body = await readJson(req);
    const summary = conclude(test, body);
    await publishHeadline(test.articleId, summary.winner.text, { testId: test.id });
    return send(res, 200, summary);
  }

  if (url.pathname === "/headline-tests" && req.method === "GET") {
    return send(res, 200, {
      running: [...tests.values()].map((t) => ({
        id: t.id,
        section: t.section,
        variants: t.variants.map((v) => ({
          id: v.id,
          impressions: v.impressions,
          clicks: v.clicks,
        })),
      })),
      concluded: concluded.slice(-10),
      published: recentlyPublished(5),
    });
  }

  throw new ExperimentError(404, "not found");
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof ExperimentError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`headline-tests on http://127.0.0.1:${port}`);
});
