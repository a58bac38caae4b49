"use strict";

const { getMember } = require("./members.cjs");

const PLANS = {
  "senior-playing": { fee: 245, label: "Senior playing", levy: 18.5 },
  veteran: { fee: 180, label: "Veteran", levy: 18.5 },
  junior: { fee: 95, label: "Junior", levy: 6 },
  social: { fee: 40, label: "Social", levy: 0 },
};

const recent = [];
let seq = 0;

class RenewalError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function priceFor(member, plan, body) {
  const lines = [{ item: `${plan.label} membership ${body.season}`, amount: plan.fee }];
  if (plan.levy) lines.push({ item: "England Hockey affiliation levy", amount: plan.levy });
  if (member.guardianNo && getMember(member.guardianNo)?.plan !== "social") {
    lines.push({ item: "Family discount (second member)", amount: -Math.round(plan.fee * 0.15) });
  }
  if (body.kit) lines.push({ item: `Club shirt (${body.kit.size})`, amount: 32 });
  if (body.instalments) lines.push({ item: "Instalment plan admin", amount: 5 });
  const total = lines.reduce((s, l) => s + l.amount, 0);
  return { lines, total: Math.round(total * 100) / 100 };
}

function renew(body) {
  const member = getMember(body.memberNo);
  if (!member) throw new RenewalError(`unknown member ${body.memberNo}`, 404);
  const plan = PLANS[body.plan ?? member.plan];
  if (!plan) throw new RenewalError(`unknown plan ${body.plan}`, 422);
  const { lines, total } = priceFor(member, plan, body);
  const renewal = {
    id: `R-${body.season.replace("/", "")}-${++seq}`,
    season: body.season,
    member: {
      ...member,
      ...(body.contact ?? {}),
      plan: body.plan ?? member.plan,
      season: body.season,
      marketing: body.marketing,
    },
    lines,
    total,
    instalments: body.instalments ?? false,
    medical: body.medical ?? null,
    submittedBy: body.submittedBy ?? member.memberNo,
    at: new Date().toISOString(),
  };
  recent.unshift({ id: renewal.id, memberNo: member.memberNo, total, at: renewal.at });
  if (recent.length > 25) recent.length = 25;
  return renewal;
}

module.exports = { renew, RenewalError, PLANS, recentRenewals: () => recent };
