// The club's callbook: licensed stations with the details operators may look up. A few
// records are built in; unknown calls are answered from the prefix table (country only).

import { createHash } from "node:crypto";

const STATIONS = new Map([
  ["G4ABC", {
    call: "G4ABC",
    name: "Margaret Holt",
    qth: "Hebden Bridge",
    locator: "IO83WR",
    licence: "Full",
    qsl: ["LoTW", "bureau"],
    since: 1987,
  }],
  ["M0XYZ", {
    call: "M0XYZ",
    name: "Dev Patel",
    qth: "Leicester",
    locator: "IO92KP",
    licence: "Full",
    qsl: ["eQSL"],
    since: 2011,
  }],
  ["2E0KTE", {
    call: "2E0KTE",
    name: "Kate Ellis",
    qth: "Whitby",
    locator: "IO94PL",
    licence: "Intermediate",
    qsl: ["direct"],
    since: 2019,
  }],
]);

const PREFIXES = [
  ["2E", "England"],
  ["GM", "Scotland"],
  ["GW", "Wales"],
  ["GI", "Northern Ireland"],
  ["EI", "Ireland"],
  ["DL", "Germany"],
  ["F", "France"],
  ["PA", "Netherlands"],
  ["G", "England"],
  ["M", "England"],
];

export function normalise(call) {
  return String(call).trim().toUpperCase().replace(/[^A-Z0-9/]/g, "");
}

export function lookup(call) {
  const found = STATIONS.get(call);
  if (found) return { ...found, source: "callbook" };
  const base = call.split("/")[0];
  const prefix = PREFIXES.find(([p]) => base.startsWith(p));
  if (!prefix) return undefined;
  return { call, country: prefix[1], source: "prefix" };
}

export function etagOf(record) {
  return `"${createHash("sha1").update(JSON.stringify(record)).digest("base64url").slice(0, 16)}"`;
}
