"use strict";

// Prepayment top-ups: the card payment is authorised and the credit token is sent to the meter
// at the same time; the top-up stands only if both work, otherwise whichever succeeded is undone.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class TopUpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class Payments {
  #authorised = new Map();

  async authorise(ref, wallet, pence) {
    await sleep(2);
    const auth = { id: `auth-${ref}`, wallet, pence, at: Date.now() };
    this.#authorised.set(auth.id, auth);
    return auth;
  }

  capture(auth) {
    this.#authorised.delete(auth.id);
  }

  void(auth) {
    this.#authorised.delete(auth.id);
  }

  get open() {
    return this.#authorised.size;
  }
}

class TokenGateway {
  #sent = new Map();

  async push(meter, ref, pence) {
    if (!meter.online) {
      throw new TopUpError(409, `${meter.id} is offline; the token cannot be sent`);
    }
    await sleep(1);
    const token = { ref, meter: meter.id, pence, code: `${pence}`.padStart(20, "7") };
    this.#sent.set(ref, token);
    return token;
  }

  confirm(token, meter) {
    this.#sent.delete(token.ref);
    meter.creditPence += token.pence;
  }

  revoke(token) {
    this.#sent.delete(token.ref);
  }

  get open() {
    return this.#sent.size;
  }
}

const locks = new Map();

/** One top-up per meter at a time (the meter applies tokens in order). */
async function withMeterLock(meterId, fn) {
  const previous = locks.get(meterId) ?? Promise.resolve();
  let release;
  const mine = new Promise((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  locks.set(meterId, tail);
  await previous;
  try {
    return await fn();
  } finally {
    release();
    if (locks.get(meterId) === tail) locks.delete(meterId);
  }
}

async function topUp({ payments, tokens }, meter, { ref, wallet, pence }) {
  return await withMeterLock(meter.id, async () => {
    const [auth, token] = await Promise.allSettled([
      payments.authorise(ref, wallet, pence),
      tokens.push(meter, ref, pence),
    ]);
    if (auth.status === "fulfilled" && token.status === "fulfilled") {
      payments.capture(auth.value);
      tokens.confirm(token.value, meter);
      return { ref, meter: meter.id, pence, code: token.value.code };
    }
    if (auth.status === "fulfilled") payments.void(auth.value);
    if (token.status === "fulfilled") tokens.revoke(token.value);
    throw auth.status === "rejected" ? auth.reason : token.reason;
  });
}

module.exports = { Payments, TokenGateway, TopUpError, topUp, lockCount: () => locks.size };
