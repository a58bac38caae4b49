// The editors' dashboard: sign in, pin regions, write the daily advisory text.

import crypto from "node:crypto";
import { REGIONS } from "./forecast.mjs";

const EDITORS = {
  "m.dekker": "b3c1f0d9a4e2",
  "s.vanleeuwen": "77ae90c2d1f8",
};

const advisories = new Map(); // region → { text, by, at }

function passwordMatches(user, password) {
  const expected = EDITORS[user];
  if (!expected || typeof password !== "string") return false;
  const a = crypto.createHash("sha256").update(password).digest();
  const b = crypto.createHash("sha256").update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

export function login(req, body) {
  if (!passwordMatches(body.user, body.password)) {
    return { status: 401, body: { error: "bad login" } };
  }
  req.session.editor = body.user;
  req.session.pinned = req.session.pinned ?? ["utrecht"];
  return { status: 200, body: { editor: body.user } };
}

export function logout(req) {
  delete req.session.editor;
  return { status: 204 };
}

export function pin(req, region) {
  if (!req.session.editor) return { status: 401, body: { error: "sign in first" } };
  if (!REGIONS[region]) return { status: 404, body: { error: "unknown region" } };
  const pinned = new Set(req.session.pinned ?? []);
  pinned.add(region);
  req.session.pinned = [...pinned].slice(-6);
  return { status: 200, body: { pinned: req.session.pinned } };
}

export function setAdvisory(req, region, text) {
  if (!req.session.editor) return { status: 401, body: { error: "sign in first" } };
  if (!REGIONS[region]) return { status: 404, body: { error: "unknown region" } };
  advisories.set(region, {
    text: String(text).slice(0, 500),
    by: req.session.editor,
    at: new Date(),
  });
  return { status: 200, body: advisories.get(region) };
}

export function advisory(region) {
  return advisories.get(region) ?? null;
}
