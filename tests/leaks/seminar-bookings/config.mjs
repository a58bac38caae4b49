/**
 * Pricing settings, editable from the admin screen without a restart. Anything that prices
 * extends ConfigAware and gets the new settings while it is alive.
 */

const settings = {
  version: 1,
  vatRate: 0.2,
  earlyBirdDays: 42,
  earlyBirdDiscount: 0.15,
  groupSize: 4,
  groupDiscount: 0.1,
  memberDiscount: 0.05,
};

export function currentSettings() {
  return settings;
}

export function updateSettings(patch) {
  for (const [k, v] of Object.entries(patch)) {
    if (k in settings && k !== "version" && typeof v === "number") settings[k] = v;
  }
  settings.version++;
  return settings;
}

export class ConfigAware {
  static #subscribers = new Set();
  static #seenVersion = settings.version;

  constructor() {
    if (new.target === ConfigAware) throw new TypeError("ConfigAware is abstract");
    this.settings = { ...settings };
    ConfigAware.#subscribers.add(this);
  }

  /** Subclasses react to new settings here. */
  onSettingsChanged() {}

  dispose() {
    ConfigAware.#subscribers.delete(this);
  }

  static poll() {
    if (settings.version === ConfigAware.#seenVersion) return 0;
    ConfigAware.#seenVersion = settings.version;
    for (const s of ConfigAware.#subscribers) {
      s.settings = { ...settings };
      s.onSettingsChanged();
    }
    return ConfigAware.#subscribers.size;
  }

  static get listening() {
    return ConfigAware.#subscribers.size;
  }
}

// the admin screen saves to the settings row; pick changes up within a quarter second
const watcher = setInterval(() => ConfigAware.poll(), 250);
watcher.unref?.();
