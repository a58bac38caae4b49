import { HttpError } from "./router.mjs";

/** The venue's gates. A handheld scanner at each posts every scan over one kept-alive connection. */
const gates = new Map(
  ["north-1", "north-2", "south-2", "dock"].map((id) => [id, {
    id,
    online: false,
    lastSeen: 0,
    admitted: 0,
    refused: 0,
    device: null,
    lastDisconnect: null,
  }]),
);

export function gateOrThrow(id) {
  const gate = gates.get(id);
  if (!gate) throw new HttpError(404, `no gate ${id}`);
  return gate;
}

/**
 * Marks the gate online while its scanner's connection is up; the board shows it offline (and
 * stewards go and look) as soon as that connection drops.
 */
export function watchScanner(req, gate, device) {
  gate.online = true;
  gate.lastSeen = Date.now();
  gate.device = device;
  req.socket.once("close", () => {
    gate.online = false;
    gate.lastDisconnect = {
      at: Date.now(),
      device,
      remote: req.socket.remoteAddress,
      url: req.url,
    };
  });
}

export function recordScan(gate, verdict) {
  if (verdict.admit) gate.admitted++;
  else gate.refused++;
}

export function board() {
  return [...gates.values()].map(({ id, online, lastSeen, admitted, refused, device }) => ({
    id,
    online,
    lastSeen: lastSeen ? new Date(lastSeen).toISOString() : null,
    admitted,
    refused,
    device,
  }));
}
