"use strict";

/** Campaigns we run for advertisers, with the publisher's commission on each sale. */
const campaigns = new Map([
  ["C-12", { id: "C-12", advertiser: "gardenstore", name: "Spring garden sale", rate: 0.08 }],
  ["C-14", { id: "C-14", advertiser: "gardenstore", name: "BBQ season", rate: 0.06 }],
  ["C-31", { id: "C-31", advertiser: "petsupply", name: "New puppy bundle", rate: 0.1 }],
]);

const RECENT = 20;
const stats = new Map();
const earnings = new Map();

function statsFor(campaignId) {
  let s = stats.get(campaignId);
  if (!s) {
    s = { conversions: 0, revenue: 0, commission: 0, recent: [] };
    stats.set(campaignId, s);
  }
  return s;
}

function credit(conversion) {
  const campaign = campaigns.get(conversion.campaign);
  if (!campaign) return null;
  const commission = Math.round(conversion.amount * campaign.rate * 100) / 100;
  const s = statsFor(campaign.id);
  s.conversions++;
  s.revenue += conversion.amount;
  s.commission += commission;
  s.recent.unshift({ txn: conversion.txn, amount: conversion.amount, commission });
  if (s.recent.length > RECENT) s.recent.length = RECENT;
  earnings.set(conversion.publisher, (earnings.get(conversion.publisher) ?? 0) + commission);
  return { commission, currency: conversion.currency };
}

function campaignStats(campaignId) {
  const campaign = campaigns.get(campaignId);
  if (!campaign) return null;
  const s = statsFor(campaignId);
  return {
    ...campaign,
    conversions: s.conversions,
    revenue: Math.round(s.revenue * 100) / 100,
    commission: Math.round(s.commission * 100) / 100,
    recent: s.recent.slice(0, 5),
  };
}

function publisherEarnings(publisherId) {
  return Math.round((earnings.get(publisherId) ?? 0) * 100) / 100;
}

module.exports = { campaigns, credit, campaignStats, publisherEarnings };
