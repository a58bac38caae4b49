import { AggregateRoot } from "./aggregate.ts";
import type { NewEvent } from "./event_store.ts";

export class DomainError extends Error {}

export interface SwapRequested {
  swapId: string;
  ward: string;
  fromShift: string;
  toShift: string;
  requestedBy: string;
  reason: string;
}

export interface SwapAccepted {
  swapId: string;
  acceptedBy: string;
  note: string;
}

export interface SwapApproved {
  swapId: string;
  ward: string;
  fromShift: string;
  toShift: string;
  approvedBy: string;
}

type Status = "none" | "requested" | "accepted" | "approved" | "withdrawn";

export class ShiftSwap extends AggregateRoot {
  status: Status = "none";
  id = "";
  ward = "";
  fromShift = "";
  toShift = "";
  requestedBy = "";
  acceptedBy?: string;

  static streamOf(id: string) {
    return `swap-${id}`;
  }

  request(cmd: SwapRequested) {
    if (this.status !== "none") throw new DomainError(`swap ${cmd.swapId} already exists`);
    if (cmd.fromShift === cmd.toShift) throw new DomainError("cannot swap a shift with itself");
    this.raise<SwapRequested>("SwapRequested", cmd);
  }

  accept(by: string, note: string) {
    if (this.status !== "requested") throw new DomainError(`swap ${this.id} is ${this.status}`);
    if (by === this.requestedBy) throw new DomainError("a swap needs a colleague to accept it");
    this.raise<SwapAccepted>("SwapAccepted", { swapId: this.id, acceptedBy: by, note });
  }

  approve(by: string) {
    if (this.status !== "accepted") throw new DomainError(`swap ${this.id} is ${this.status}`);
    this.raise<SwapApproved>("SwapApproved", {
      swapId: this.id,
      ward: this.ward,
      fromShift: this.fromShift,
      toShift: this.toShift,
      approvedBy: by,
    });
  }

  withdraw(by: string) {
    if (this.status === "approved") throw new DomainError("an approved swap cannot be withdrawn");
    this.raise("SwapWithdrawn", { swapId: this.id, by });
  }

  protected when(event: NewEvent) {
    switch (event.type) {
      case "SwapRequested": {
        const d = event.data as SwapRequested;
        this.id = d.swapId;
        this.ward = d.ward;
        this.fromShift = d.fromShift;
        this.toShift = d.toShift;
        this.requestedBy = d.requestedBy;
        this.status = "requested";
        break;
      }
      case "SwapAccepted":
        this.acceptedBy = (event.data as SwapAccepted).acceptedBy;
        this.status = "accepted";
        break;
      case "SwapApproved":
        this.status = "approved";
        break;
      case "SwapWithdrawn":
        this.status = "withdrawn";
        break;
    }
  }
}
