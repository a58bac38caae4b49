"use strict";

const { offerLetter, frameDepth } = require("./letters.cjs");
const { cachedMembers, getMember } = require("./members.cjs");
const { sendText, smsStats } = require("./sms.cjs");
const { Waitlist } = require("./waitlist.cjs");

const PLOTS = new Map(
  Array.from({ length: 24 }, (_, n) => [
    `P${n + 1}`,
    { m2: 100 + (n % 4) * 50, rent: 60 + (n % 4) * 25, shed: n % 3 === 0 ? "" : "garden shed" },
  ]),
);
const waitlist = new Waitlist();
const assigned = [];

function fail(status, message) {
  return Object.assign(new Error(message), { status });
}

async function route(method, url, body) {
  const parts = url.pathname.split("/").filter(Boolean);
  if (method === "POST" && url.pathname === "/applications") {
    const plots = (body.plots ?? []).filter((p) => PLOTS.has(p));
    if (!body.member || plots.length === 0) throw fail(400, "member and known plots required");
    const member = await getMember(String(body.member));
    waitlist.apply({ id: member.id, name: member.name, note: String(body.note ?? "") }, plots);
    return { status: 201, payload: { member: member.id, plots } };
  }
  if (method === "GET" && parts[0] === "plots" && parts[2] === "queue") {
    return { status: 200, payload: waitlist.queueFor(parts[1]) };
  }
  if (method === "POST" && parts[0] === "plots" && parts[2] === "offer") {
    const plot = PLOTS.get(parts[1]);
    const first = waitlist.queueFor(parts[1]).find((e) => e.applicant === body.member);
    if (!plot || !first) throw fail(404, "member is not waiting for this plot");
    const member = await getMember(first.applicant);
    const letter = offerLetter({ ...plot, plot: parts[1], name: member.name, shedPrice: 150 });
    waitlist.remove(member.id);
    await sendText(member.phone, `Good news: plot ${parts[1]} is offered to you. See your e-mail.`);
    assigned.unshift({ plot: parts[1], member: member.id });
    assigned.length = Math.min(assigned.length, 20);
    return { status: 200, payload: { letter } };
  }
  if (method === "GET" && url.pathname === "/stats") {
    return {
      status: 200,
      payload: { sms: smsStats(), members: cachedMembers(), frames: frameDepth(), assigned },
    };
  }
  throw fail(404, "not found");
}

module.exports = { route };
