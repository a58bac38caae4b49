"use strict";
// The account directory: password hashes (PBKDF2) and personal access tokens (SHA-256).
const crypto = require("node:crypto");

const ITERATIONS = 2000;

function hashPassword(password, salt) {
  return crypto.pbkdf2Sync(password, salt, ITERATIONS, 32, "sha256");
}

function sha256(text) {
  return crypto.createHash("sha256").update(text).digest("hex");
}

const accounts = new Map();

function seed(username, displayName, password, pat) {
  const salt = crypto.randomBytes(16);
  accounts.set(username, {
    username,
    displayName,
    salt,
    hash: hashPassword(password, salt),
    patHash: sha256(pat),
    lastLoginAt: null,
  });
}

seed("alice", "Alice de Vries", "correct horse battery staple", "pat_alice_5f1d0c7e9a2b4c68");
seed("bob", "Bob Jansen", "tr0ub4dor&3", "pat_bob_a93e71b0c2d84f15");

function checkPassword(username, password) {
  const account = accounts.get(String(username).toLowerCase());
  if (!account) {
    // Same work as a real check, so unknown names take as long as known ones.
    hashPassword(String(password), crypto.randomBytes(16));
    return undefined;
  }
  const candidate = hashPassword(String(password), account.salt);
  return crypto.timingSafeEqual(candidate, account.hash) ? account : undefined;
}

function byAccessToken(token) {
  const digest = sha256(token);
  for (const account of accounts.values()) {
    if (account.patHash === digest) return account;
  }
  return undefined;
}

module.exports = { checkPassword, byAccessToken };
