import { page, type Ward, wards } from "./wards.ts";

export class CallError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export type CallKind = "assist" | "toilet" | "pain" | "emergency";

interface Call {
  id: string;
  ward: Ward;
  bed: number;
  kind: CallKind;
  note: string;
  raisedAt: number;
  ackedBy?: string;
  ackedAt?: number;
  escalations: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface ClosedCall {
  id: string;
  ward: string;
  bed: number;
  kind: CallKind;
  answeredInMs: number | null;
  escalations: number;
  outcome: "resolved" | "reset at bedside";
}

/** An unanswered call goes to the charge nurse's pager after this long. */
const ESCALATE_AFTER_MS = 150;
/** An escalated call nobody acknowledges is assumed reset at the bedside after this. */
const LAPSE_AFTER_MS = 150;
const HISTORY_LIMIT = 30;

export class CallBoard {
  #calls = new Map<string, Call>();
  /** The open call at each bed ("4B/12" → call id): one light per bed. */
  #byBed = new Map<string, string>();
  #history: ClosedCall[] = [];

  raise(wardId: string, bed: number, id: string, kind: CallKind, note: string) {
    const ward = wards.get(wardId);
    if (!ward) throw new CallError(404, `no ward ${wardId}`);
    // bed numbers come from the call panel's wiring table, which covers overflow beds too
    if (!Number.isInteger(bed) || bed < 1) {
      throw new CallError(400, `not a bed number: ${bed}`);
    }
    if (this.#calls.has(id)) throw new CallError(409, `call ${id} already raised`);
    const bedKey = `${ward.id}/${bed}`;
    const previous = this.#byBed.get(bedKey);
    if (previous) {
      // pressing again replaces the open call at that bed
      this.#close(previous, "reset at bedside");
    }
    const call: Call = {
      id,
      ward,
      bed,
      kind,
      note,
      raisedAt: Date.now(),
      escalations: 0,
      timer: setTimeout(() => this.#escalate(id), kind === "emergency" ? 0 : ESCALATE_AFTER_MS),
    };
    this.#calls.set(id, call);
    this.#byBed.set(bedKey, id);
    return { id, bed: bedKey, escalatesInMs: ESCALATE_AFTER_MS };
  }

  acknowledge(id: string, nurse: string) {
    const call = this.#get(id);
    if (call.ackedBy) return this.#view(call);
    clearTimeout(call.timer);
    call.ackedBy = nurse;
    call.ackedAt = Date.now();
    return this.#view(call);
  }

  resolve(id: string) {
    this.#get(id);
    return this.#close(id, "resolved");
  }

  #escalate(id: string) {
    const call = this.#calls.get(id);
    if (!call || call.ackedBy) return;
    call.escalations++;
    page({
      pager: call.ward.chargeNursePager,
      ward: call.ward.id,
      bed: call.bed,
      call: id,
      message: `${call.kind.toUpperCase()} ${call.ward.id} bed ${call.bed} unanswered`,
      at: Date.now(),
    });
    call.timer = setTimeout(() => this.#close(id, "reset at bedside"), LAPSE_AFTER_MS);
  }

  #close(id: string, outcome: ClosedCall["outcome"]): ClosedCall | undefined {
    const call = this.#calls.get(id);
    if (!call) return undefined;
    clearTimeout(call.timer);
    this.#calls.delete(id);
    const bedKey = `${call.ward.id}/${call.bed}`;
    if (this.#byBed.get(bedKey) === id) this.#byBed.delete(bedKey);
    const closed: ClosedCall = {
      id,
      ward: call.ward.id,
      bed: call.bed,
      kind: call.kind,
      answeredInMs: call.ackedAt ? call.ackedAt - call.raisedAt : null,
      escalations: call.escalations,
      outcome,
    };
    this.#history.unshift(closed);
    if (this.#history.length > HISTORY_LIMIT) this.#history.length = HISTORY_LIMIT;
    return closed;
  }

  #get(id: string): Call {
    const call = this.#calls.get(id);
    if (!call) throw new CallError(404, `no open call ${id}`);
    return call;
  }

  #view(call: Call) {
    return {
      id: call.id,
      bed: `${call.ward.id}/${call.bed}`,
      kind: call.kind,
      ackedBy: call.ackedBy ?? null,
      waitingMs: Date.now() - call.raisedAt,
    };
  }

  board(wardId: string) {
    const open = [...this.#calls.values()]
      .filter((c) => c.ward.id === wardId)
      .map((c) => this.#view(c));
    return {
      ward: wardId,
      open,
      recent: this.#history.filter((h) => h.ward === wardId).slice(0, 5),
    };
  }
}
