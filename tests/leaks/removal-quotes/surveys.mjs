import { findQuote } from "./quotes.mjs";

const SURVEYORS = [
  { name: "Priya", areas: ["LS", "BD", "HG"], booked: 0, nextSlot: Date.UTC(2025, 5, 2, 9) },
  { name: "Tom", areas: ["YO", "HG", "WF"], booked: 0, nextSlot: Date.UTC(2025, 5, 2, 9) },
];
const SLOT_MS = 90 * 60 * 1000;

const pending = [];
const sent = { invites: 0, confirmations: 0 };

export function requestSurvey(quote, kind) {
  pending.push({
    quoteRef: quote.ref,
    kind,
    customer: { ...quote.customer },
    address: quote.from,
    area: /^[A-Z]+/.exec(quote.from.postcode)?.[0] ?? "",
    requestedAt: Date.now(),
  });
  quote.status = "survey requested";
}

function sendVideoInvite(visit) {
  const token = crypto.randomUUID();
  sent.invites++;
  return {
    url: `https://survey.example.com/v/${token}`,
    token,
    to: visit.customer.email,
    sentAt: new Date().toISOString(),
  };
}

function pickSurveyor(area) {
  return SURVEYORS.filter((s) => s.areas.includes(area)).sort((a, b) => a.booked - b.booked)[0];
}

export function dispatchSurveys() {
  for (let i = 0; i < pending.length; i++) {
    const visit = pending[i];
    const quote = findQuote(visit.quoteRef);
    if (visit.kind === "video") {
      if (!visit.invite) {
        visit.invite = sendVideoInvite(visit);
        if (quote) quote.status = "video survey invited";
      }
      continue;
    }
    const surveyor = pickSurveyor(visit.area);
    if (!surveyor) continue;
    surveyor.booked++;
    const slot = new Date(surveyor.nextSlot).toISOString();
    surveyor.nextSlot += SLOT_MS;
    sent.confirmations++;
    if (quote) quote.status = `home survey ${slot} with ${surveyor.name}`;
    pending.splice(i, 1);
    i--;
  }
}

export function surveyStats() {
  return {
    ...sent,
    surveyors: SURVEYORS.map(({ name, booked }) => ({ name, booked })),
  };
}
