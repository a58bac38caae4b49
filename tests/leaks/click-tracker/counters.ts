/** Clicks per campaign and link, for the dashboard. Campaigns and links are a fixed set. */

type Counts = Record<string, number>;

const byCampaign = new Map<string, Counts>();

export function countClick(campaign: string, link: string) {
  let counts = byCampaign.get(campaign);
  if (!counts) {
    counts = {};
    byCampaign.set(campaign, counts);
  }
  counts[link] = (counts[link] ?? 0) + 1;
}

export function snapshot(): Record<string, Counts> {
  return Object.fromEntries(byCampaign);
}
