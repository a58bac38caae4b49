import { EventEmitter } from "node:events";

/** The bus every plugin talks over: ticket.created, ticket.replied, ticket.closed. */
export const bus = new EventEmitter();
// Plugins subscribe to the same few events; the default cap of 10 only produced warnings.
bus.setMaxListeners(0);

const plugins = new Map();

export function registerPlugin(plugin) {
  if (plugins.has(plugin.name)) throw new Error(`plugin ${plugin.name} already registered`);
  plugins.set(plugin.name, plugin);
  plugin.setup(bus);
}

export function pluginInfo() {
  return [...plugins.values()].map((p) => ({ name: p.name, version: p.version }));
}

/** Posts new tickets to the team's chat channel (here: counts what it would post). */
export const chatNotifier = {
  name: "chat-notifier",
  version: "1.4.0",
  posted: 0,
  setup(bus) {
    bus.on("ticket.created", (ticket) => {
      if (ticket.priority === "low") return;
      this.posted++;
    });
  },
};
