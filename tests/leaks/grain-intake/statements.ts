import type { StoredEvent } from "./event_store.ts";
import { Projection } from "./projection.ts";

export interface LoadReceived {
  ticket: string;
  farmer: string;
  crop: string;
  variety: string;
  netKg: number;
  bin: string;
  vehicle: string;
  driver: string;
  field: string;
}

export interface LoadGraded {
  ticket: string;
  farmer: string;
  crop: string;
  grade: "milling-1" | "milling-2" | "feed";
  moisturePct: number;
  proteinPct: number;
  hectolitreKg: number;
  shrinkKg: number;
  payableKg: number;
  pricePerTonne: number;
  amountCents: number;
  sampler: string;
}

export interface Statement {
  farmer: string;
  loads: number;
  deliveredKg: number;
  payableKg: number;
  amountCents: number;
  byGrade: Record<string, number>;
  lastTicket?: string;
  updatedAt?: string;
}

/** What each member farm has delivered this harvest and what it will be paid (the farmer portal). */
export class FarmerStatements extends Projection<Map<string, Statement>> {
  constructor() {
    super(new Map());
  }

  protected apply(event: StoredEvent): void {
    if (event.type === "LoadReceived") {
      const load = event.data as LoadReceived;
      const statement = this.#statementOf(load.farmer);
      statement.loads++;
      statement.deliveredKg += load.netKg;
      statement.lastTicket = load.ticket;
      statement.updatedAt = event.recordedAt;
    } else if (event.type === "LoadGraded") {
      const graded = event.data as LoadGraded;
      const statement = this.#statementOf(graded.farmer);
      statement.payableKg += graded.payableKg;
      statement.amountCents += graded.amountCents;
      statement.byGrade[graded.grade] = (statement.byGrade[graded.grade] ?? 0) + graded.payableKg;
      statement.updatedAt = event.recordedAt;
    }
  }

  #statementOf(farmer: string): Statement {
    let statement = this.state.get(farmer);
    if (!statement) {
      statement = { farmer, loads: 0, deliveredKg: 0, payableKg: 0, amountCents: 0, byGrade: {} };
      this.state.set(farmer, statement);
    }
    return statement;
  }

  forFarmer(farmer: string): Statement | undefined {
    return this.state.get(farmer);
  }
}

export const statements = new FarmerStatements();
