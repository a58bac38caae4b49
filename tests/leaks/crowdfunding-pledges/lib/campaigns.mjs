import { placeHold, releaseHold } from "./payments.mjs";

// Two live campaigns; the real service loads them from the catalogue database.
const campaigns = new Map([
  ["solar-bike-lights", {
    id: "solar-bike-lights",
    title: "Lumen: solar bike lights that never need a charger",
    currency: "EUR",
    goalCents: 2_500_000,
    tiers: [
      { id: "early-bird", minCents: 3500, label: "One light set (early bird)" },
      { id: "pair", minCents: 6500, label: "Two light sets" },
      { id: "shop", minCents: 45000, label: "Ten sets for bike shops" },
    ],
    pledgedCents: 0,
    backers: 0,
    recent: [],
  }],
  ["board-game-tides", {
    id: "board-game-tides",
    title: "Tides of Zeeland: a cooperative dike-building game",
    currency: "EUR",
    goalCents: 1_800_000,
    tiers: [{ id: "base", minCents: 4900, label: "Base game" }],
    pledgedCents: 0,
    backers: 0,
    recent: [],
  }],
]);

// Pledges waiting for the backer to confirm (3-D Secure in the real flow).
const pending = new Map();
const RECENT = 20;

export function findCampaign(id) {
  return campaigns.get(id);
}

function tierFor(campaign, tierId, amountCents) {
  const tier = campaign.tiers.find((t) => t.id === tierId);
  if (!tier) throw Object.assign(new Error(`unknown reward tier ${tierId}`), { status: 422 });
  if (amountCents < tier.minCents) {
    throw Object.assign(new Error(`${tier.label} starts at ${tier.minCents / 100}`), {
      status: 422,
    });
  }
  return tier;
}

export async function pledge(campaign, { backer, email, tier, amountCents, note }) {
  const chosen = tierFor(campaign, tier, amountCents);
  const key = `${campaign.id}:${backer}`;
  const before = pending.get(key);
  if (before) await releaseHold(before.hold);
  const hold = await placeHold({ backer, amountCents, currency: campaign.currency });
  const entry = {
    campaign: campaign.id,
    backer,
    email,
    tier: chosen.id,
    reward: chosen.label,
    amountCents,
    note: String(note ?? "").slice(0, 280),
    hold,
    createdAt: new Date().toISOString(),
  };
  pending.set(key, entry);
  return { status: "pending", ...entry };
}

export function confirm(campaign, backer) {
  const key = `${campaign.id}:${backer}`;
  const entry = pending.get(key);
  if (!entry) throw Object.assign(new Error("no pending pledge"), { status: 404 });
  pending.delete(key);
  campaign.pledgedCents += entry.amountCents;
  campaign.backers++;
  campaign.recent.unshift({ backer, tier: entry.tier, at: entry.createdAt });
  campaign.recent.splice(RECENT);
  return {
    status: "confirmed",
    receipt: `R-${entry.hold.id}`,
    campaign: campaign.id,
    backer,
    email: entry.email,
    reward: entry.reward,
    amountCents: entry.amountCents,
    fundedPercent: Math.round((campaign.pledgedCents / campaign.goalCents) * 1000) / 10,
    note: entry.note,
    confirmedAt: new Date().toISOString(),
  };
}

export function summary(campaign) {
  return {
    id: campaign.id,
    title: campaign.title,
    pledged: campaign.pledgedCents / 100,
    goal: campaign.goalCents / 100,
    backers: campaign.backers,
    recent: campaign.recent.slice(0, 5),
    pending: pending.size,
  };
}
