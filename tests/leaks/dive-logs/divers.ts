import { maxOperatingDepth, noStopLimit } from "./deco.ts";
import {
  type ComputerSettings,
  effective,
  FACTORY,
  previous,
  recentChanges,
  revise,
  SettingsError,
  validatePatch,
} from "./settings.ts";

interface Diver {
  id: string;
  name: string;
  settings: ComputerSettings;
  recent: ReturnType<typeof logDive>[];
  totals: { dives: number; bottomMin: number; deepestM: number };
}

const RECENT_DIVES = 25;

export class NotFound extends Error {
  status = 404;
}

const divers = new Map<string, Diver>();
for (const [id, name] of [["D-07", "Maya Okafor"], ["D-11", "Rune Lindqvist"]]) {
  divers.set(id, {
    id,
    name,
    settings: FACTORY,
    recent: [],
    totals: { dives: 0, bottomMin: 0, deepestM: 0 },
  });
}

function diverOf(id: string): Diver {
  const diver = divers.get(id);
  if (!diver) throw new NotFound(`no diver ${id}`);
  return diver;
}

export function updateSettings(id: string, raw: Record<string, unknown>, by: string) {
  const diver = diverOf(id);
  const patch = validatePatch(raw, diver.settings);
  if (Object.keys(patch).length === 0) return effective(diver.settings);
  diver.settings = revise(diver.settings, patch, by);
  return effective(diver.settings);
}

export function undoSettings(id: string) {
  const diver = diverOf(id);
  return effective(diver.settings = previous(diver.settings));
}

export function settingsOf(id: string) {
  const diver = diverOf(id);
  return { current: effective(diver.settings), changes: recentChanges(diver.settings) };
}

export function logDive(id: string, raw: Record<string, unknown>) {
  const diver = diverOf(id);
  const s = diver.settings;
  const maxDepthM = Number(raw.maxDepthM);
  const bottomMin = Number(raw.bottomMin);
  const o2Pct = Number(raw.o2Pct ?? 21);
  if (!(maxDepthM > 0) || !(bottomMin > 0) || !(o2Pct >= 21 && o2Pct <= 40)) {
    throw new SettingsError("maxDepthM, bottomMin and o2Pct (21-40) are required");
  }
  const ndlMin = noStopLimit(maxDepthM, o2Pct, s);
  const warnings: string[] = [];
  if (bottomMin > ndlMin) warnings.push(`bottom time exceeded no-stop limit (${ndlMin} min)`);
  if (maxDepthM > maxOperatingDepth(o2Pct, s)) warnings.push("exceeded MOD for the gas");
  if (maxDepthM > s.alarms.depthM) warnings.push(`depth alarm (${s.alarms.depthM} m)`);

  const site = String(raw.site ?? "unknown site").slice(0, 80);
  const no = diver.totals.dives + 1;
  const dive = { no, site, maxDepthM, bottomMin, o2Pct, ndlMin, warnings, loggedAt: new Date() };
  diver.recent.push(dive);
  if (diver.recent.length > RECENT_DIVES) diver.recent.shift();
  const t = diver.totals;
  Object.assign(t, {
    dives: no,
    bottomMin: t.bottomMin + bottomMin,
    deepestM: Math.max(t.deepestM, maxDepthM),
  });
  return dive;
}

export function summary(id: string) {
  const d = diverOf(id);
  return { id: d.id, name: d.name, totals: d.totals, lastDives: d.recent.slice(-5) };
}
