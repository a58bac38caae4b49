"use strict";

const { AREAS, BOILERS, EXTRAS } = require("./catalogue.cjs");
const { timed } = require("./timing.cjs");

class QuoteError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const quotes = new Map();
/** Survey bookings by `${area}|${date}|${slot}` → refs. */
const surveySlots = new Map();
/** Accepted jobs, newest first; the install team's board shows the last 50. */
const jobs = [];
const MAX_JOBS = 50;

function areaOf(postcode) {
  const m = /^([A-Z]{1,2})\d/.exec(String(postcode ?? "").toUpperCase().trim());
  return m ? m[1] : null;
}

/** Rough heat and hot-water demand: a combi has to keep up with the showers. */
function kwNeeded(property, wants) {
  const bathrooms = property.bathrooms ?? 1;
  const bedrooms = property.bedrooms ?? 2;
  if (wants === "combi") return bathrooms >= 2 ? 30 : bedrooms >= 4 ? 30 : 25;
  return Math.max(18, bedrooms * 6);
}

function buildQuote(req) {
  const area = areaOf(req.postcode);
  if (!area || !AREAS.has(area)) throw new QuoteError(422, `we don't cover ${req.postcode} yet`);
  const property = req.property ?? {};
  const wants = req.wants ?? req.current?.type ?? "combi";
  const kw = kwNeeded(property, wants);
  const options = BOILERS.filter((b) => b.type === wants && b.kw >= kw).sort((a, b) =>
    a.pence - b.pence
  );
  if (options.length === 0) throw new QuoteError(422, `no ${wants} boiler of ${kw}kW or more`);
  const extras = (req.extras ?? []).map((name) => {
    if (!(name in EXTRAS)) throw new QuoteError(400, `unknown extra "${name}"`);
    return { name, pence: EXTRAS[name] };
  });
  if (req.current?.type && req.current.type !== wants) {
    // conversions need the old cylinder and tanks out, and a second day
    extras.push({ name: `convert ${req.current.type} to ${wants}`, pence: 65000 });
  }
  if (req.flue === "vertical" && !extras.some((e) => e.name === "vertical flue")) {
    extras.push({ name: "vertical flue", pence: EXTRAS["vertical flue"] });
  }
  const extrasPence = extras.reduce((n, e) => n + e.pence, 0);
  return {
    ref: String(req.ref),
    postcode: String(req.postcode).toUpperCase(),
    area,
    customer: { name: req.customer?.name ?? null, email: req.customer?.email ?? null },
    property,
    wants,
    kwNeeded: kw,
    options: options.slice(0, 3).map((b) => ({
      sku: b.sku,
      boiler: `${b.make} ${b.model}`,
      warrantyYears: b.warrantyYears,
      totalPence: b.pence + extrasPence,
    })),
    extras,
    status: "quoted",
    createdAt: new Date().toISOString(),
    survey: null,
  };
}

function createQuote(req) {
  if (!req.ref) throw new QuoteError(400, "a quote needs the enquiry ref");
  if (quotes.has(String(req.ref))) throw new QuoteError(409, `${req.ref} already has a quote`);
  const detail = {
    postcode: req.postcode,
    property: req.property,
    wants: req.wants,
    extras: req.extras,
  };
  return timed("quote", req.ref, detail, () => {
    const quote = buildQuote(req);
    quotes.set(quote.ref, quote);
    return quote;
  });
}

/** Books the first half day on or after `from` with a surveyor free in the quote's area. */
function bookSurvey(ref, { from }) {
  const quote = quotes.get(ref);
  if (!quote) throw new QuoteError(404, `no quote ${ref}`);
  const start = Date.parse(`${from}T00:00:00Z`);
  if (Number.isNaN(start)) throw new QuoteError(400, "from must be YYYY-MM-DD");
  return timed("survey", ref, { area: quote.area, from }, () => {
    const area = AREAS.get(quote.area);
    const capacity = area.surveyors.length * area.perSlot;
    for (let day = 0; day < 30; day++) {
      const date = new Date(start + day * 86_400_000);
      if (date.getUTCDay() === 0) continue; // no surveys on Sundays
      for (const slot of ["am", "pm"]) {
        const key = `${quote.area}|${date.toISOString().slice(0, 10)}|${slot}`;
        const booked = surveySlots.get(key) ?? [];
        if (booked.length >= capacity) continue;
        booked.push(ref);
        surveySlots.set(key, booked);
        const surveyor = area.surveyors[(booked.length - 1) % area.surveyors.length];
        quote.survey = { date: key.split("|")[1], slot, surveyor, key };
        quote.status = "survey booked";
        return { ref, date: quote.survey.date, slot, surveyor };
      }
    }
    throw new QuoteError(409, "no surveyor free in the next 30 days");
  });
}

function releaseSurvey(quote) {
  if (!quote.survey) return;
  const booked = surveySlots.get(quote.survey.key) ?? [];
  const i = booked.indexOf(quote.ref);
  if (i !== -1) booked.splice(i, 1);
  if (booked.length === 0) surveySlots.delete(quote.survey.key);
}

/** The customer signs after the survey: the quote becomes an install job. */
function accept(ref, { option, depositPence }) {
  const quote = quotes.get(ref);
  if (!quote) throw new QuoteError(404, `no quote ${ref}`);
  const chosen = quote.options.find((o) => o.sku === option) ?? quote.options[0];
  releaseSurvey(quote);
  quotes.delete(ref);
  const job = {
    ref,
    postcode: quote.postcode,
    boiler: chosen.boiler,
    totalPence: chosen.totalPence,
    depositPence: depositPence ?? Math.round(chosen.totalPence * 0.2),
    acceptedAt: new Date().toISOString(),
  };
  jobs.unshift(job);
  if (jobs.length > MAX_JOBS) jobs.length = MAX_JOBS;
  return job;
}

module.exports = { QuoteError, createQuote, bookSurvey, accept, quotes, jobs };
