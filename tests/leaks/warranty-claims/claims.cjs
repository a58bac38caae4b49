"use strict";
const { DomainEvents, Claim } = require("./domain.cjs");

/** Open claims; a settled claim is handed to the archive exporter and leaves the store. */
class ClaimRepository {
  #open = new Map();
  archived = 0;

  add(claim) {
    this.#open.set(claim.id, claim);
  }

  get(id) {
    return this.#open.get(id);
  }

  archive(id) {
    if (this.#open.delete(id)) this.archived++;
  }

  get openCount() {
    return this.#open.size;
  }
}

class RepairShopGateway {
  booked = 0;

  async bookRepair(claimId, serial) {
    await new Promise((resolve) => setImmediate(resolve));
    this.booked++;
    return { workOrder: `WO-${claimId}`, serial, slot: "next-available" };
  }
}

/**
 * The process manager of one claim: when its claim is approved it books the repair or the
 * replacement and settles the claim.
 */
class ClaimSettlementSaga {
  constructor(claimId, repository, repairs) {
    this.claimId = claimId;
    this.repository = repository;
    this.repairs = repairs;
    this.steps = [];
    DomainEvents.register("ClaimApproved", (event) => this.onClaimApproved(event));
  }

  async onClaimApproved(event) {
    if (event.claimId !== this.claimId) return;
    const claim = this.repository.get(this.claimId);
    if (!claim) return;
    if (event.remedy === "repair") {
      const order = await this.repairs.bookRepair(claim.id, claim.serial);
      this.steps.push({ step: "repair-booked", workOrder: order.workOrder });
    } else {
      this.steps.push({ step: "replacement-shipped", sku: claim.product });
    }
    claim.status = "settled";
    this.steps.push({ step: "settled", at: Date.now() });
    this.repository.archive(claim.id);
  }
}

class ClaimService {
  constructor(repository, repairs) {
    this.repository = repository;
    this.repairs = repairs;
    this.rejected = 0;
    DomainEvents.register("ClaimRejected", () => {
      this.rejected++;
    });
  }

  submit(input) {
    if (!input.id || !input.serial) throw new Error("id and serial are required");
    if (this.repository.get(input.id)) throw new Error(`claim ${input.id} exists`);
    const claim = new Claim({
      id: String(input.id),
      serial: String(input.serial),
      product: String(input.product ?? "unknown"),
      customer: String(input.customer ?? "anonymous"),
      fault: String(input.fault ?? ""),
      purchasedOn: String(input.purchasedOn ?? ""),
    });
    this.repository.add(claim);
    new ClaimSettlementSaga(claim.id, this.repository, this.repairs);
    return { id: claim.id, status: claim.status };
  }

  async decide(id, { decision, assessor, remedy, reason }) {
    const claim = this.repository.get(id);
    if (!claim) return undefined;
    if (decision === "approve") {
      claim.approve(assessor, remedy === "replace" ? "replace" : "repair");
    } else claim.reject(assessor, reason ?? "not covered");
    const snapshot = { id: claim.id, status: claim.status, history: [...claim.history] };
    for (const event of claim.pullEvents()) await DomainEvents.raise(event);
    if (claim.status === "rejected") this.repository.archive(claim.id);
    return { ...snapshot, status: claim.status };
  }
}

module.exports = { ClaimRepository, RepairShopGateway, ClaimService };
