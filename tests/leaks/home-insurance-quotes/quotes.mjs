import { StashCache } from "./node_modules/stash-cache/index.js";
import { rate } from "./rating.mjs";

// Comparison sites ask for the same risk again and again while a customer tweaks the form:
// keep a priced rating for five minutes. A referred risk must go to an underwriter every time,
// never be answered from the cache, so it is stored with a TTL of 0.
const PRICED_TTL_SECONDS = 300;
const quoteCache = new StashCache({ stdTTL: PRICED_TTL_SECONDS });

const ttlFor = (rating) => (rating.status === "priced" ? PRICED_TTL_SECONDS : 0);

const REFERRALS_KEPT = 25;
const referrals = [];
let quoteSeq = 0;

function riskKey(risk) {
  return [
    risk.postcode,
    risk.houseNumber,
    risk.propertyType,
    risk.roof,
    risk.rebuildValue,
    risk.contentsValue,
    risk.claimsLast5y,
    risk.accidentalDamage ? "ad" : "-",
  ].join("|");
}

export function quote(risk, channel) {
  const key = riskKey(risk);
  let rating = quoteCache.get(key);
  const cached = rating !== undefined;
  if (!cached) {
    rating = rate(risk);
    quoteCache.set(key, rating, ttlFor(rating));
  }
  const id = `HQ-${Date.now().toString(36)}-${(++quoteSeq).toString(36)}`;
  if (rating.status === "referred") {
    referrals.push({
      id,
      channel,
      postcode: risk.postcode,
      reasons: rating.reasons,
      at: new Date().toISOString(),
    });
    if (referrals.length > REFERRALS_KEPT) referrals.shift();
  }
  return {
    id,
    channel,
    status: rating.status,
    premium: rating.premiumCents === null ? null : (rating.premiumCents / 100).toFixed(2),
    breakdown: rating.breakdown,
    reasons: rating.reasons,
    fromCache: cached,
  };
}

export function underwritingInbox() {
  return referrals.slice(-10).reverse();
}

export function cacheStats() {
  const { hits, misses } = quoteCache.getStats();
  return { hits, misses };
}
