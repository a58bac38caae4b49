"use strict";

/** Frames the support team gets from GET /gateways/:id/capture: the most recent ones only. */
const CAPTURE_FRAMES = 64;
/** Bytes of the header written before each captured uplink. */
const FRAME_HEADER = 16;

/**
 * One LoRaWAN gateway as the network server sees it: radio statistics and a raw capture of its
 * recent uplinks (header + the JSON the gateway posted), for replaying a gateway's traffic when
 * a customer reports lost packets.
 */
class GatewaySession {
  constructor(id) {
    this.id = id;
    this.firstSeen = Date.now();
    this.lastSeen = 0;
    this.uplinks = 0;
    this.rssiSum = 0;
    this.snrSum = 0;
    this.devices = new Set();
    this.capture = Buffer.alloc(0);
    this.captureStart = 0;
    this.framesInWindow = 0;
  }

  record(uplink, raw) {
    this.lastSeen = Date.now();
    this.uplinks++;
    this.rssiSum += uplink.rssi;
    this.snrSum += uplink.snr;
    if (this.devices.size < 256) this.devices.add(uplink.devEUI);

    const frame = Buffer.allocUnsafe(FRAME_HEADER + raw.length);
    frame.writeDoubleBE(this.lastSeen, 0);
    frame.writeInt16BE(uplink.rssi, 8);
    frame.writeInt16BE(Math.round(uplink.snr * 10), 10);
    frame.writeUInt32BE(raw.length, 12);
    raw.copy(frame, FRAME_HEADER);
    this.capture = Buffer.concat([this.capture, frame]);
    this.framesInWindow++;
    if (this.framesInWindow > CAPTURE_FRAMES) {
      // Start a new window: the dump begins at the frames recorded from here on.
      this.framesInWindow = 1;
      this.captureStart = this.capture.length - frame.length;
    }
  }

  /** The capture window as a byte stream of [header][json] frames. */
  dump() {
    return this.capture.subarray(this.captureStart);
  }

  summary() {
    return {
      id: this.id,
      uplinks: this.uplinks,
      devices: this.devices.size,
      avgRssi: this.uplinks ? Math.round(this.rssiSum / this.uplinks) : null,
      avgSnr: this.uplinks ? Math.round((this.snrSum / this.uplinks) * 10) / 10 : null,
      lastSeen: new Date(this.lastSeen).toISOString(),
      captureFrames: this.framesInWindow,
    };
  }
}

/** Every gateway that has reported, by gateway EUI. */
const sessions = new Map();

function sessionFor(id) {
  let session = sessions.get(id);
  if (!session) {
    session = new GatewaySession(id);
    sessions.set(id, session);
  }
  return session;
}

module.exports = { sessions, sessionFor, GatewaySession, FRAME_HEADER };
