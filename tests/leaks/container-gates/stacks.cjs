"use strict";

// Ground slots of the two export blocks: block, bay, row and tier, e.g. "B03-02-1".
const BLOCKS = ["A", "B"];
const BAYS = 8;
const ROWS = 4;
const TIERS = 3;

const SLOT = /^[A-Z]\d{2}-\d{2}-\d$/;

function slotName(block, bay, row, tier) {
  return `${block}${String(bay).padStart(2, "0")}-${String(row).padStart(2, "0")}-${tier}`;
}

class Stacks {
  constructor() {
    /** slot → container number, or null when free */
    this.slots = new Map();
    for (const block of BLOCKS) {
      for (let bay = 1; bay <= BAYS; bay++) {
        for (let row = 1; row <= ROWS; row++) {
          for (let tier = 1; tier <= TIERS; tier++) {
            this.slots.set(slotName(block, bay, row, tier), null);
          }
        }
      }
    }
  }

  isSlot(position) {
    return typeof position === "string" && SLOT.test(position) && this.slots.has(position);
  }

  /** The first free slot; 40' boxes go to block B, 20' to block A. */
  allocate(size, container) {
    const block = size >= 40 ? "B" : "A";
    for (const [slot, holder] of this.slots) {
      if (holder === null && slot.startsWith(block)) {
        this.slots.set(slot, container);
        return slot;
      }
    }
    return null;
  }

  occupy(slot, container) {
    if (!this.isSlot(slot)) return false;
    if (this.slots.get(slot) !== null) return false;
    this.slots.set(slot, container);
    return true;
  }

  release(slot) {
    if (this.isSlot(slot)) this.slots.set(slot, null);
  }

  usage() {
    let used = 0;
    for (const holder of this.slots.values()) if (holder !== null) used++;
    return { used, total: this.slots.size };
  }
}

module.exports = { Stacks };
