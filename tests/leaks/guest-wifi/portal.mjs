import { TIERS, verifyGuest } from "./guests.mjs";

const SESSION_HOURS = 24;

/** Authorised devices, by MAC: the access controller lets these through until they expire. */
export class Portal {
  sessions = new Map();
  logins = 0;
  failures = 0;

  login(mac, { room, surname, acceptTerms }, ip) {
    if (!acceptTerms) return { status: 400, body: { error: "accept the terms of use" } };
    const guest = verifyGuest(room, surname);
    if (!guest) {
      this.failures++;
      return { status: 401, body: { error: "room and surname do not match" } };
    }
    const devices = [...this.sessions.values()].filter((s) => s.room === guest.room).length;
    const tier = TIERS[guest.tier];
    if (devices >= tier.devices) {
      return { status: 403, body: { error: `at most ${tier.devices} devices per room` } };
    }
    const session = {
      mac,
      ip,
      room: guest.room,
      tier: guest.tier,
      downKbps: tier.downKbps,
      upKbps: tier.upKbps,
      startedAt: Date.now(),
      expiresAt: Date.now() + SESSION_HOURS * 36e5,
    };
    this.sessions.set(mac, session);
    this.logins++;
    return {
      status: 200,
      body: { ok: true, expiresAt: new Date(session.expiresAt).toISOString(), ...tier },
    };
  }

  status(mac) {
    const s = this.sessions.get(mac);
    if (!s || s.expiresAt < Date.now()) return undefined;
    return {
      mac,
      room: s.room,
      tier: s.tier,
      minutes: Math.round((Date.now() - s.startedAt) / 6e4),
    };
  }

  logout(mac) {
    return this.sessions.delete(mac);
  }

  expire(now = Date.now()) {
    for (const [mac, s] of this.sessions) if (s.expiresAt < now) this.sessions.delete(mac);
  }
}
