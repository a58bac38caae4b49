/** Breeds the vans are kitted for, with the default style card for each coat. */
const BREEDS = new Map<string, { coat: string; clip: string; minutes: number }>([
  ["cockapoo", { coat: "curly", clip: "teddy bear, 13 mm body, scissored legs", minutes: 120 }],
  ["labrador", { coat: "double", clip: "de-shed, bath, tidy feet", minutes: 75 }],
  ["shih tzu", { coat: "long", clip: "puppy cut, 10 mm, top knot", minutes: 90 }],
  ["west highland terrier", { coat: "wire", clip: "hand strip, shaped head", minutes: 110 }],
  ["miniature schnauzer", { coat: "wire", clip: "schnauzer clip, furnishings left", minutes: 100 }],
  ["springer spaniel", { coat: "feathered", clip: "tidy feathers, clip ears, pads", minutes: 95 }],
]);

export function knownBreed(breed: string) {
  return BREEDS.has(breed.toLowerCase());
}

export interface StyleCard {
  dog: string;
  breed: string;
  clip: string;
  minutes: number;
  notes: string[];
  madeAt: number;
}

/**
 * Style cards are worked out once per dog and visit and held briefly, for the booking, the
 * van's run sheet and the owner's confirmation that all ask for the same card within a second.
 * Two generations swapped every 250 ms: the old one is thrown away at each swap.
 */
class CardCache {
  #young = new Map<string, StyleCard>();
  #old = new Map<string, StyleCard>();

  constructor(ms: number) {
    setInterval(() => {
      this.#old = this.#young;
      this.#young = new Map();
    }, ms);
  }

  get(key: string) {
    return this.#young.get(key) ?? this.#old.get(key);
  }

  set(key: string, card: StyleCard) {
    this.#young.set(key, card);
  }

  get size() {
    return this.#young.size + this.#old.size;
  }
}

const cards = new CardCache(250);

export function styleCard(dog: string, breed: string, weightKg: number, ownerNote?: string) {
  const key = `${dog}|${breed}|${weightKg}|${ownerNote ?? ""}`;
  let card = cards.get(key);
  if (!card) {
    const b = BREEDS.get(breed.toLowerCase())!;
    const notes = [`${b.coat} coat`];
    if (weightKg > 25) notes.push("two-person lift onto the table");
    if (ownerNote) notes.push(`owner: ${ownerNote}`);
    card = {
      dog,
      breed,
      clip: b.clip,
      minutes: b.minutes + (weightKg > 25 ? 20 : 0),
      notes,
      madeAt: Date.now(),
    };
    cards.set(key, card);
  }
  return card;
}

export function cacheSize() {
  return cards.size;
}
