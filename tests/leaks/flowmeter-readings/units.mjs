import { memoize } from "./vendor/memo-lite/index.mjs";

const LITRES_PER_US_GALLON = 3.785411784;
const LITRES_PER_IMP_GALLON = 4.54609;

const formats = {
  metric: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
  us: new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  imperial: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

function label(litres, units) {
  switch (units) {
    case "us": {
      const gal = litres / LITRES_PER_US_GALLON;
      return { value: gal, unit: "gal (US)", text: `${formats.us.format(gal)} gal`, litres, units };
    }
    case "imperial": {
      const gal = litres / LITRES_PER_IMP_GALLON;
      return {
        value: gal,
        unit: "gal",
        text: `${formats.imperial.format(gal)} gal`,
        litres,
        units,
      };
    }
    default: {
      const m3 = litres / 1000;
      return { value: m3, unit: "m³", text: `${formats.metric.format(m3)} m³`, litres, units };
    }
  }
}

// Intl formatting shows up in profiles of the billing export; the portal asks for the same
// totals over and over
export const volumeLabel = memoize(label, { max: 500 });
