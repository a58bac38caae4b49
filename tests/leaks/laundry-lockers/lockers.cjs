"use strict";

// Locker banks in apartment lobbies: 24 doors each. A door holds one laundry bag from drop-off
// until the customer collects the clean laundry with the code we text them.
const BANKS = { "LB-1": 24, "LB-2": 24, "LB-3": 16 };

const doors = new Map(); // "LB-2/7" → order id
const codes = new Map(); // "LB-2:483920" → order id
const failedAttempts = Object.fromEntries(Object.keys(BANKS).map((b) => [b, 0]));

function freeDoor(bank) {
  for (let n = 1; n <= BANKS[bank]; n++) {
    if (!doors.has(`${bank}/${n}`)) return n;
  }
  return undefined;
}

function occupy(bank, door, orderId) {
  doors.set(`${bank}/${door}`, orderId);
}

function release(bank, door) {
  doors.delete(`${bank}/${door}`);
}

function issueCode(bank, orderId) {
  let code;
  do code = String(100000 + Math.floor(Math.random() * 900000)); while (
    codes.has(`${bank}:${code}`)
  );
  codes.set(`${bank}:${code}`, orderId);
  return code;
}

function redeem(bank, code) {
  const orderId = codes.get(`${bank}:${code}`);
  if (orderId === undefined) {
    failedAttempts[bank]++;
    return undefined;
  }
  codes.delete(`${bank}:${code}`);
  return orderId;
}

// Brute-force guard: too many wrong codes at one bank in a quarter second locks its keypad.
setInterval(() => {
  for (const bank of Object.keys(failedAttempts)) failedAttempts[bank] = 0;
}, 250).unref();

function keypadLocked(bank) {
  return failedAttempts[bank] >= 20;
}

function occupancy(bank) {
  let used = 0;
  for (let n = 1; n <= BANKS[bank]; n++) if (doors.has(`${bank}/${n}`)) used++;
  return { bank, doors: BANKS[bank], used };
}

module.exports = { BANKS, freeDoor, occupy, release, issueCode, redeem, keypadLocked, occupancy };
