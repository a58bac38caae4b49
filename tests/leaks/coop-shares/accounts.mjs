import { createSerial } from "./vendor/serial/index.mjs";

export class ShareError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Withdrawable shares in the community energy co-op: £1 each, at most 20,000 per member. */
const SHARE_PRICE_MINOR = 100;
const MAX_SHARES = 20_000;

const members = new Map();
const closed = [];
const totals = { issuedShares: 0, redeemedShares: 0, payoutsMinor: 0 };
// postings to one member's account must not interleave (the balance check reads, then writes)
const serial = createSerial();

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

export function join({ id, name, email, iban }) {
  if (!id || !name) throw new ShareError(400, "a member needs an id and a name");
  if (members.has(id)) throw new ShareError(409, `member ${id} exists`);
  const member = {
    id,
    name,
    email,
    iban,
    shares: 0,
    ledger: [],
    joinedAt: new Date().toISOString(),
  };
  members.set(id, member);
  return { id, name, shares: 0 };
}

export function getMember(id) {
  const member = members.get(id);
  if (!member) throw new ShareError(404, `no member ${id}`);
  return member;
}

export function buyShares(id, { shares, reference }) {
  return serial.run(id, async () => {
    const member = getMember(id);
    const n = Number(shares);
    if (!Number.isInteger(n) || n <= 0) {
      throw new ShareError(400, "shares must be a positive integer");
    }
    if (member.shares + n > MAX_SHARES) throw new ShareError(422, "over the member limit");
    await tick(); // the payment provider confirms the direct debit
    member.shares += n;
    totals.issuedShares += n;
    const posting = {
      type: "issue",
      shares: n,
      amountMinor: n * SHARE_PRICE_MINOR,
      reference: String(reference ?? ""),
      at: new Date().toISOString(),
    };
    member.ledger.push(posting);
    return { member: id, balance: member.shares, posting };
  });
}

export function redeem(id, { shares }) {
  return serial.run(id, async () => {
    const member = getMember(id);
    const n = Number(shares);
    if (!Number.isInteger(n) || n <= 0) {
      throw new ShareError(400, "shares must be a positive integer");
    }
    if (n > member.shares) throw new ShareError(422, "not that many shares");
    await tick();
    member.shares -= n;
    totals.redeemedShares += n;
    totals.payoutsMinor += n * SHARE_PRICE_MINOR;
    const posting = {
      type: "redeem",
      shares: n,
      amountMinor: -n * SHARE_PRICE_MINOR,
      at: new Date().toISOString(),
    };
    member.ledger.push(posting);
    return { member: id, balance: member.shares, posting };
  });
}

/** Leaving the co-op: what is left is paid out and the account closed with a final statement. */
export function close(id) {
  return serial.run(id, async () => {
    const member = getMember(id);
    await tick();
    const payoutMinor = member.shares * SHARE_PRICE_MINOR;
    totals.redeemedShares += member.shares;
    totals.payoutsMinor += payoutMinor;
    members.delete(id);
    const statement = {
      member: id,
      name: member.name,
      email: member.email,
      payTo: member.iban,
      joinedAt: member.joinedAt,
      closedAt: new Date().toISOString(),
      sharesRedeemed: member.shares,
      payoutMinor,
      ledger: member.ledger,
    };
    closed.unshift({ member: id, payoutMinor, closedAt: statement.closedAt });
    if (closed.length > 25) closed.length = 25;
    return statement;
  });
}

export function stats() {
  return {
    members: members.size,
    totals,
    recentlyClosed: closed.slice(0, 5),
    busy: serial.busyKeys,
  };
}
