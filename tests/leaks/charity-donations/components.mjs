import { useHead } from "./vendor/headkit/index.js";
import { formatPounds } from "./campaigns.mjs";

const SITE = "https://give.riversidetrust.org.uk";

const esc = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );

function shareUrl(campaign, ref) {
  const url = new URL(`/campaigns/${campaign.slug}`, SITE);
  if (ref) url.searchParams.set("ref", ref);
  return url.href;
}

/** The campaign's banner: title, progress and the share tags for it. */
export function CampaignHeader(campaign, totals, rc = {}) {
  const raised = formatPounds(totals.raisedPence + totals.giftAidPence);
  useHead(
    {
      title: campaign.title,
      meta: [
        { name: "description", content: campaign.summary },
        { property: "og:title", content: campaign.title },
        {
          property: "og:description",
          content: `${raised} raised by ${totals.donors} people. ${campaign.summary}`,
        },
        { property: "og:image", content: campaign.image },
        { property: "og:url", content: shareUrl(campaign, rc.ref) },
        { name: "twitter:card", content: "summary_large_image" },
      ],
      link: [{ rel: "canonical", href: shareUrl(campaign) }],
    },
    rc.head,
    "CampaignHeader",
  );
  return `<header class="campaign">
  <img src="${esc(campaign.image)}" alt="">
  <h1>${esc(campaign.title)}</h1>
  <div class="progress" style="--pc:${totals.percent}%">${raised} of ${
    formatPounds(campaign.targetPence)
  }</div>
</header>`;
}

function DonationList(recent) {
  const items = recent.map((d) =>
    `<li><strong>${esc(d.name)}</strong> ${formatPounds(d.amountPence)}${
      d.giftAidPence ? ` <small>+ ${formatPounds(d.giftAidPence)} Gift Aid</small>` : ""
    }${d.message ? `<q>${esc(d.message)}</q>` : ""}</li>`
  );
  return `<ol class="donations">${items.join("")}</ol>`;
}

export function CampaignPage(campaign, rc) {
  useHead(
    { titleTemplate: "%s · Riverside Trust", meta: [{ charset: "utf-8" }] },
    rc.head,
    "Layout",
  );
  const totals = campaign.totals();
  return `<main>
${CampaignHeader(campaign, totals, rc)}
<p>${esc(campaign.summary)}</p>
<a class="donate" href="/campaigns/${campaign.slug}/donate">Donate</a>
${DonationList(campaign.recent)}
<p class="closes">Closes ${esc(campaign.closesOn)}</p>
</main>`;
}
