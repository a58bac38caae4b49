/**
 * The plugin host of the site renderer. Plugins are configured per site from the admin screen;
 * saving the plugin settings reconfigures the host in place (no restart): every loaded plugin is
 * disposed, then the configured ones are set up again with their new options.
 *
 * Contract for plugins: `setup(api)` registers hooks with `api.on()`, which returns a function
 * that unregisters the hook; `dispose()` must undo whatever `setup()` registered.
 */

export type HookName = "request" | "head" | "render" | "response";

export interface PageContext {
  request: Request;
  path: string;
  page: { slug: string; title: string; summary: string; body: string };
  head: Map<string, string>;
  html: string;
  headers: Headers;
  state: Record<string, unknown>;
}

export type HookFn = (ctx: PageContext) => void | Promise<void>;

export interface PluginApi {
  readonly plugin: string;
  readonly siteName: string;
  on(hook: HookName, fn: HookFn): () => void;
}

export interface Plugin {
  name: string;
  setup(api: PluginApi): void | Promise<void>;
  dispose?(): void | Promise<void>;
}

export type PluginFactory = (options: Record<string, unknown>) => Plugin;

export type PluginConfig = Record<string, Record<string, unknown> | false>;

interface Tap {
  hook: HookName;
  plugin: string;
  fn: HookFn;
}

export class ConfigError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class PluginHost {
  #factories = new Map<string, PluginFactory>();
  #loaded = new Map<string, Plugin>();
  #taps: Tap[] = [];
  #config: PluginConfig = {};
  #generation = 0;

  constructor(readonly siteName: string) {}

  register(name: string, factory: PluginFactory): this {
    this.#factories.set(name, factory);
    return this;
  }

  get generation(): number {
    return this.#generation;
  }

  get config(): PluginConfig {
    return this.#config;
  }

  /** Replaces the running plugins with the configured ones. */
  async configure(config: PluginConfig): Promise<string[]> {
    for (const name of Object.keys(config)) {
      if (!this.#factories.has(name)) throw new ConfigError(422, `unknown plugin ${name}`);
    }
    for (const [name, plugin] of this.#loaded) {
      try {
        await plugin.dispose?.();
      } catch (err) {
        console.warn(`plugin ${name} failed to dispose:`, err);
      }
    }
    this.#loaded.clear();
    this.#generation++;
    for (const [name, options] of Object.entries(config)) {
      if (options === false) continue;
      const plugin = this.#factories.get(name)!(options);
      await plugin.setup(this.#apiFor(name));
      this.#loaded.set(name, plugin);
    }
    this.#config = config;
    return [...this.#loaded.keys()];
  }

  #apiFor(plugin: string): PluginApi {
    const taps = this.#taps;
    return {
      plugin,
      siteName: this.siteName,
      on(hook, fn) {
        const tap: Tap = { hook, plugin, fn };
        taps.push(tap);
        return () => {
          const at = taps.indexOf(tap);
          if (at !== -1) taps.splice(at, 1);
        };
      },
    };
  }

  /** Runs a hook's taps in registration order. */
  async run(hook: HookName, ctx: PageContext): Promise<void> {
    for (const tap of this.#taps) {
      if (tap.hook === hook) await tap.fn(ctx);
    }
  }

  describe() {
    const hooks: Record<string, number> = {};
    for (const tap of this.#taps) hooks[tap.hook] = (hooks[tap.hook] ?? 0) + 1;
    return { generation: this.#generation, loaded: [...this.#loaded.keys()], hooks };
  }
}
