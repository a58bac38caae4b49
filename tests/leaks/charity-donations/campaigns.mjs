const RECENT_DONATIONS = 10;
const GIFT_AID_RATE = 0.25;

const CAMPAIGNS = [
  {
    slug: "river-clean",
    title: "Clean up the River Irwell",
    summary: "Volunteers, skips and boats to clear 12 miles of riverbank before the spring floods.",
    image: "https://cdn.riversidetrust.org.uk/campaigns/river-clean/hero-1200.jpg",
    targetPence: 2_500_000,
    closesOn: "2025-03-31",
  },
  {
    slug: "winter-shelter",
    title: "Winter night shelter",
    summary: "Twenty beds, hot meals and a caseworker every night from December to February.",
    image: "https://cdn.riversidetrust.org.uk/campaigns/winter-shelter/hero-1200.jpg",
    targetPence: 6_000_000,
    closesOn: "2025-02-28",
  },
];

class Campaign {
  constructor(info) {
    Object.assign(this, info);
    this.raisedPence = 0;
    this.giftAidPence = 0;
    this.donors = 0;
    this.recent = [];
  }

  donate({ donor, amountPence, giftAid, message, anonymous }) {
    const amount = Math.round(Number(amountPence));
    if (!Number.isFinite(amount) || amount < 100) throw new RangeError("minimum donation is £1");
    this.raisedPence += amount;
    this.donors += 1;
    const aid = giftAid ? Math.round(amount * GIFT_AID_RATE) : 0;
    this.giftAidPence += aid;
    const entry = {
      name: anonymous ? "Anonymous" : String(donor ?? "Anonymous").slice(0, 60),
      amountPence: amount,
      giftAidPence: aid,
      message: message ? String(message).slice(0, 140) : undefined,
      at: new Date().toISOString(),
    };
    this.recent.unshift(entry);
    if (this.recent.length > RECENT_DONATIONS) this.recent.pop();
    return entry;
  }

  totals() {
    const total = this.raisedPence + this.giftAidPence;
    return {
      raisedPence: this.raisedPence,
      giftAidPence: this.giftAidPence,
      donors: this.donors,
      percent: Math.min(100, Math.round((total / this.targetPence) * 100)),
    };
  }
}

export const campaigns = new Map(CAMPAIGNS.map((c) => [c.slug, new Campaign(c)]));

export function formatPounds(pence) {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }).format(pence / 100);
}
