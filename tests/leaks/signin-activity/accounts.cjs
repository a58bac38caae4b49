"use strict";

const { createHash } = require("node:crypto");

function hashPassword(salt, password) {
  return createHash("sha256").update(`${salt}:${password}`).digest("hex");
}

class Account {
  constructor(email, name, password) {
    this.email = email;
    this.name = name;
    this.salt = createHash("sha1").update(email).digest("hex").slice(0, 16);
    this.passwordHash = hashPassword(this.salt, password);
    this.failedSince = 0;
    this.recentSignIns = [];
  }

  checkPassword(password) {
    return hashPassword(this.salt, password) === this.passwordHash;
  }
}

const accounts = new Map(
  [
    new Account("ops@northwind.example", "Ops shared mailbox", "correct horse battery"),
    new Account("finance@northwind.example", "Finance", "staple tractor"),
  ].map((a) => [a.email, a]),
);

module.exports = { accounts, Account };
