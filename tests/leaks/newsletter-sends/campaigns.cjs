"use strict";

const { renderHtml, renderText } = require("./render.cjs");

const ARCHIVE_KEPT = 25;

// The seed list a test send goes to: the newsletter's own team.
const TEAM = [
  { name: "Editor", email: "editor@news.example" },
  { name: "Design", email: "design@news.example" },
  { name: "Proofreading", email: "proof@news.example" },
];

const LISTS = {
  weekly: { name: "The Weekly Digest", from: "Weekly Digest <weekly@news.example>" },
  offers: { name: "Member offers", from: "Offers <offers@news.example>" },
};

class CampaignDesk {
  #drafts = new Map();
  #archive = [];

  create({ id, list, subject, preheader, body }) {
    const l = LISTS[list];
    if (!l) throw new RangeError(`no list ${list}`);
    if (this.#drafts.has(id)) throw new Error(`campaign ${id} exists`);
    if (!subject || !body) throw new RangeError("subject and body required");
    const campaign = {
      id,
      list,
      listName: l.name,
      from: l.from,
      subject,
      preheader,
      body,
      createdAt: new Date().toISOString(),
      testSends: 0,
    };
    this.#drafts.set(id, campaign);
    return campaign;
  }

  get(id) {
    return this.#drafts.get(id);
  }

  /** The messages of a test send: one per team member, ids `<campaign>-t<n>-<k>`. */
  testMessages(campaign) {
    const n = ++campaign.testSends;
    return TEAM.map((member, k) => ({
      id: `${campaign.id}-t${n}-${k}`,
      campaignId: campaign.id,
      to: `${member.name} <${member.email}>`,
      from: campaign.from,
      subject: `[TEST ${n}] ${campaign.subject}`,
      html: renderHtml(campaign, member),
      text: renderText(campaign, member),
      headers: { "List-Unsubscribe": `<https://news.example/u/${member.email}>`, "X-Test": "1" },
    }));
  }

  archive(id) {
    const campaign = this.#drafts.get(id);
    if (!campaign) return undefined;
    this.#drafts.delete(id);
    this.#archive.unshift({ id, subject: campaign.subject, testSends: campaign.testSends });
    if (this.#archive.length > ARCHIVE_KEPT) this.#archive.pop();
    return campaign;
  }

  overview() {
    return { drafts: this.#drafts.size, archived: this.#archive.slice(0, 10) };
  }
}

module.exports = { CampaignDesk, LISTS, TEAM };
