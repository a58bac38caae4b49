import http from "node:http";
import { campaigns } from "./campaigns.mjs";
import { CampaignHeader, CampaignPage } from "./components.mjs";
import { createHeadContext, renderHeadTags } from "./vendor/headkit/index.js";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const stats = { pages: 0, previews: 0, donations: 0 };

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        const raw = Buffer.concat(chunks).toString("utf8");
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function renderDocument(campaign, url) {
  const head = createHeadContext(url.pathname);
  const body = CampaignPage(campaign, { head, ref: url.searchParams.get("ref") ?? undefined });
  return `<!doctype html>
<html lang="en-GB">
<head>
${renderHeadTags(head.collect())}
<link rel="stylesheet" href="/assets/give.css">
</head>
<body>
${body}
</body>
</html>`;
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return json(res, 200, { ok: true });
  if (url.pathname === "/stats") return json(res, 200, stats);

  const [, section, slug, action] = url.pathname.split("/");
  const campaign = section === "campaigns" ? campaigns.get(slug) : undefined;
  if (!campaign) return json(res, 404, { error: "no such campaign" });

  if (!action && req.method === "GET") {
    stats.pages++;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    return res.end(renderDocument(campaign, url));
  }

  if (action === "donations" && req.method === "POST") {
    try {
      const entry = campaign.donate(await readJson(req));
      stats.donations++;
      return json(res, 201, { thanks: entry.name, totals: campaign.totals() });
    } catch (err) {
      return json(res, 400, { error: err.message });
    }
  }

  // oEmbed-style link previews for the share buttons and chat unfurlers: the same banner the
  // page shows, so the card matches the page.
  if (action === "preview" && req.method === "GET") {
    stats.previews++;
    const ref = url.searchParams.get("ref") ?? undefined;
    const html = CampaignHeader(campaign, campaign.totals(), { ref });
    return json(res, 200, {
      version: "1.0",
      type: "rich",
      provider_name: "Riverside Trust",
      title: campaign.title,
      width: 600,
      height: 240,
      html,
    });
  }

  if (action === "totals") return json(res, 200, campaign.totals());
  return json(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => json(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`donations on :${port}`));
