/**
 * The renderer's plugin host. A plugin is `{ name, id?, setup(api), teardown?() }`; setup()
 * registers hooks through `api.on(hook, fn, order)`. Hooks run in `order` (lowest first), each
 * getting the previous one's value.
 */
export class PluginHost {
  #plugins = new Map();
  #hooks = [];

  use(plugin, options = {}) {
    // several instances of one plugin can be registered side by side, each with its own id
    const id = plugin.id ?? plugin.name;
    if (this.#plugins.has(id)) throw new Error(`plugin ${id} is already registered`);
    const api = {
      options,
      on: (hook, fn, order = 50) => {
        this.#hooks.push({ hook, plugin: plugin.name, fn, order });
        this.#hooks.sort((a, b) => a.order - b.order);
      },
    };
    plugin.setup(api);
    this.#plugins.set(id, plugin);
    return id;
  }

  unuse(id) {
    const plugin = this.#plugins.get(id);
    if (!plugin) return false;
    plugin.teardown?.();
    this.#hooks = this.#hooks.filter((h) => h.plugin !== id);
    this.#plugins.delete(id);
    return true;
  }

  async run(hook, value, ctx) {
    for (const h of this.#hooks) {
      if (h.hook !== hook) continue;
      const next = await h.fn(value, ctx);
      if (next !== undefined) value = next;
    }
    return value;
  }

  list() {
    return [...this.#plugins.keys()];
  }
}
