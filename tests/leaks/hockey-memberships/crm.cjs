"use strict";

const { promisify } = require("node:util");
const { CrmClient } = require("./vendor/clubcrm/index.js");

const client = new CrmClient({ club: "CVHC", latencyMs: 5 });
const upsertContact = promisify(client.upsertContact.bind(client));

/** The CRM's view of a member: juniors are reached through their guardian's record. */
function contactFor(member) {
  return {
    memberNo: member.memberNo,
    name: member.name,
    dob: member.dob,
    email: member.email,
    phone: member.phone,
    guardianNo: member.guardianNo,
    teams: member.teams,
    membership: member.plan,
    season: member.season,
    marketing: member.marketing ?? false,
  };
}

function syncMember(member) {
  return upsertContact(contactFor(member));
}

module.exports = { syncMember, crmStats: () => client.stats };
