import { LAND_USES, SCHEMES } from "./schemes.mjs";

const PARCEL_ID = /^[A-Z]{2}\d{4} \d{4}$/;

export function checkParcel(p, schemeId) {
  const problems = [];
  if (!PARCEL_ID.test(p.parcelId ?? "")) {
    problems.push(`parcel id "${p.parcelId}" is not an OS sheet and parcel number`);
  }
  if (!(p.areaHa > 0)) problems.push(`${p.parcelId}: area must be positive`);
  if (!LAND_USES.has(p.landUse)) {
    problems.push(`${p.parcelId}: land use ${p.landUse} is not eligible`);
  }
  for (const code of p.actions ?? []) {
    if (!SCHEMES[schemeId]?.actions[code]) {
      problems.push(`${p.parcelId}: ${code} is not an action of ${schemeId}`);
    }
  }
  return problems;
}

export function checkDraft(draft) {
  const problems = [];
  if (!draft.parcels.length) problems.push("no land parcels entered");
  for (const p of draft.parcels) problems.push(...checkParcel(p, draft.scheme));
  if (!draft.contact?.email) problems.push("a contact e-mail is needed for the agreement offer");
  return problems;
}
