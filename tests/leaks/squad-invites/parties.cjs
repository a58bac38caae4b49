"use strict";

const crypto = require("node:crypto");
const { removeFirst, uniqBy, without } = require("./vendor/listkit/index.cjs");

const MAX_MEMBERS = 16;
const INVITE_TTL_MS = 30_000;

class PartyError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Custom-game parties hosted by the clans; they live as long as the clan server does. */
const parties = new Map();
/** Open invites by party and invitee, for the invitee's accept/decline buttons. */
const openInvites = new Map();

const inviteKey = (partyId, player) => `${partyId}/${player}`;

function createParty(id, leader, mode) {
  const party = {
    id,
    leader,
    mode,
    members: [{ player: leader, joinedAt: Date.now(), role: "leader" }],
    invites: [],
    updatedAt: Date.now(),
  };
  parties.set(id, party);
  return party;
}

for (
  const [id, leader, mode] of [
    ["SQUAD-7", "Marrow", "custom-ctf"],
    ["SQUAD-12", "Tidewalker", "custom-koth"],
    ["SCRIM-EU", "Halcyon", "scrim"],
  ]
) createParty(id, leader, mode);

function getParty(id) {
  const party = parties.get(id);
  if (!party) throw new PartyError(404, `no party ${id}`);
  return party;
}

function invite(partyId, from, body) {
  const party = getParty(partyId);
  if (!party.members.some((m) => m.player === from)) {
    throw new PartyError(403, "only members can invite");
  }
  if (!body.to) throw new PartyError(400, "who to invite?");
  if (party.members.some((m) => m.player === body.to)) {
    throw new PartyError(409, `${body.to} is already in the party`);
  }
  if (openInvites.has(inviteKey(party.id, body.to))) {
    throw new PartyError(409, `${body.to} already has an invite`);
  }
  const invite = {
    id: `inv_${crypto.randomBytes(6).toString("hex")}`,
    party: party.id,
    from,
    to: body.to,
    message: String(body.message ?? "").slice(0, 140),
    offer: {
      mode: party.mode,
      map: body.map ?? null,
      region: body.region ?? "eu-west",
      voice: Boolean(body.voice),
    },
    status: "pending",
    createdAt: Date.now(),
    expiresAt: Date.now() + INVITE_TTL_MS,
    closedAt: null,
  };
  party.invites.push(invite);
  openInvites.set(inviteKey(party.id, invite.to), invite);
  party.updatedAt = Date.now();
  return invite;
}

function closeInvite(party, invite, status) {
  invite.status = status;
  invite.closedAt = Date.now();
  openInvites.delete(inviteKey(party.id, invite.to));
  without(party.invites, invite);
  party.updatedAt = Date.now();
}

function respond(partyId, player, accept) {
  const party = getParty(partyId);
  const invite = openInvites.get(inviteKey(party.id, player));
  if (!invite) throw new PartyError(404, "invite expired or already answered");
  if (!accept) {
    closeInvite(party, invite, "declined");
    return { party: party.id, status: "declined" };
  }
  if (party.members.length >= MAX_MEMBERS) {
    closeInvite(party, invite, "full");
    throw new PartyError(409, "party is full");
  }
  party.members.push({ player, joinedAt: Date.now(), role: "member" });
  closeInvite(party, invite, "accepted");
  return { party: party.id, status: "accepted", members: party.members.length };
}

function leaveParty(partyId, player) {
  const party = getParty(partyId);
  const member = party.members.find((m) => m.player === player);
  if (!member) throw new PartyError(404, `${player} is not in ${partyId}`);
  if (member.role === "leader") throw new PartyError(409, "the leader closes the party instead");
  removeFirst(party.members, member);
  party.updatedAt = Date.now();
  return { party: party.id, members: party.members.length };
}

function view(partyId) {
  const party = getParty(partyId);
  return {
    id: party.id,
    leader: party.leader,
    mode: party.mode,
    members: uniqBy(party.members, (m) => m.player).map((m) => m.player),
    pendingInvites: party.invites.filter((i) => i.status === "pending").map((i) => i.to),
  };
}

function expireInvites() {
  const now = Date.now();
  for (const party of parties.values()) {
    for (const inv of party.invites) {
      if (inv.status === "pending" && inv.expiresAt <= now) closeInvite(party, inv, "expired");
    }
  }
}

setInterval(expireInvites, 100).unref();

module.exports = { PartyError, invite, leaveParty, respond, view };
