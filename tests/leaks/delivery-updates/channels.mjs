// Channel keys for the event hub. They are registered symbols (Symbol.for) rather than strings
// so that no plugin can publish on a channel by accident with a typo'd string, and rather than
// module-local Symbol() so that the carrier adapters, bundled separately and loaded at runtime,
// reach the same channel without importing this module.

const NAMESPACE = "acme.tracking";

export function channel(kind, id) {
  return Symbol.for(`${NAMESPACE}/${kind}:${id}`);
}

export const ALL_SHIPMENTS = channel("shipments", "*");

export function describe(ch) {
  return Symbol.keyFor(ch)?.slice(NAMESPACE.length + 1) ?? String(ch.description);
}
