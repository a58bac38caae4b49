import mitt, { type Emitter } from "mitt";

// mitt's typings describe its CommonJS build; Deno loads the ES module, whose default is the factory.
const createEmitter = mitt as unknown as <E extends Record<string, unknown>>() => Emitter<E>;

export interface HappyHour {
  from: number;
  to: number;
  discount: number;
}

export interface Settings {
  currency: string;
  vatRate: number;
  serviceCharge: number;
  happyHour: HappyHour | null;
  version: number;
}

type Events = {
  "settings:reload": Settings;
  "menu:changed": { item: string; priceCents: number };
};

/** The restaurant's event bus: settings reloads and menu edits. */
export const events = createEmitter<Events>();

let current: Settings = {
  currency: "EUR",
  vatRate: 0.09,
  serviceCharge: 0,
  happyHour: { from: 16, to: 18, discount: 0.2 },
  version: 1,
};

export function currentSettings(): Settings {
  return current;
}

/** Applies the manager's change and tells everyone pricing with the old figures. */
export function reloadSettings(patch: Partial<Omit<Settings, "version">>): Settings {
  current = { ...current, ...patch, version: current.version + 1 };
  events.emit("settings:reload", current);
  return current;
}

export const MENU: Record<string, { name: string; priceCents: number; drink: boolean }> = {
  "bitterballen": { name: "Bitterballen (8)", priceCents: 750, drink: false },
  "soep": { name: "Erwtensoep", priceCents: 850, drink: false },
  "stamppot": { name: "Stamppot boerenkool", priceCents: 1750, drink: false },
  "kibbeling": { name: "Kibbeling", priceCents: 1450, drink: false },
  "pils": { name: "Pils 25cl", priceCents: 375, drink: true },
  "witbier": { name: "Witbier", priceCents: 550, drink: true },
  "koffie": { name: "Koffie", priceCents: 320, drink: true },
};

events.on("menu:changed", ({ item, priceCents }) => {
  if (MENU[item]) MENU[item] = { ...MENU[item], priceCents };
});
