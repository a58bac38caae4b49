"use strict";

const { createHash, randomBytes, timingSafeEqual } = require("node:crypto");

const users = new Map();

function digest(salt, password) {
  return createHash("sha256").update(salt).update(password).digest();
}

function createUser(username, password, profile = {}) {
  const key = username.toLowerCase();
  if (users.has(key)) return null;
  const salt = randomBytes(16);
  const user = {
    username: key,
    salt,
    hash: digest(salt, password),
    displayName: profile.displayName ?? key,
    createdAt: Date.now(),
  };
  users.set(key, user);
  return user;
}

function verify(username, password) {
  const user = users.get(username.toLowerCase());
  if (!user) return null;
  return timingSafeEqual(digest(user.salt, password), user.hash) ? user : null;
}

function closeUser(username) {
  return users.delete(username.toLowerCase());
}

module.exports = { createUser, verify, closeUser, userCount: () => users.size };
