import type { Fleet, Inverter } from "./fleet.ts";
import type { Ack, Gateway } from "./gateway.ts";

/** A grid operator's export limit for a block of the farm. */
export interface Instruction {
  instructionId: string;
  operator: string;
  block: string;
  capKw: number;
  reason: string;
  validFrom: string;
  validTo: string;
  receivedAt: number;
}

interface Command {
  id: string;
  inverter: string;
  block: string;
  setpointKw: number;
  instruction: Instruction;
  issuedAt: number;
  attempts: number;
}

export class Dispatcher {
  readonly recent: { id: string; block: string; capKw: number; at: number }[] = [];
  acks = 0;
  unacked = 0;
  rerouted = 0;

  constructor(readonly fleet: Fleet, readonly gateway: Gateway) {}

  /**
   * Splits the block's cap over its inverters by rating, writes each share and answers the
   * operator once every inverter has acknowledged or timed out.
   */
  async apply(instruction: Instruction) {
    const units = this.fleet.block(instruction.block);
    if (units.length === 0) throw new RangeError(`no block ${instruction.block}`);
    const rated = units.reduce((sum, inv) => sum + inv.ratedKw, 0);
    const plan = units.map((inv) => ({
      inv,
      kw: Math.round((instruction.capKw * inv.ratedKw / rated) * 10) / 10,
    }));
    const outcomes = await Promise.all(
      plan.map(({ inv, kw }) => this.#dispatch(inv, kw, instruction, 1)),
    );
    this.recent.unshift({
      id: instruction.instructionId,
      block: instruction.block,
      capKw: instruction.capKw,
      at: instruction.receivedAt,
    });
    if (this.recent.length > 20) this.recent.length = 20;
    return plan.map(({ inv, kw }, i) => ({ inverter: inv.id, setpointKw: kw, ...outcomes[i] }));
  }

  #dispatch(
    inv: Inverter,
    setpointKw: number,
    instruction: Instruction,
    attempts: number,
  ): Promise<{ acked: boolean }> {
    const session = this.fleet.session(inv.id);
    const cmd: Command = {
      id: `${instruction.instructionId}/${inv.id}`,
      inverter: inv.id,
      block: inv.block,
      setpointKw,
      instruction,
      issuedAt: Date.now(),
      attempts,
    };
    // if the link drops before the inverter has taken the limit, its share goes to the others
    const onLinkLost = () => this.#reroute(cmd);
    session.signal.addEventListener("abort", onLinkLost, { once: true });
    return this.gateway.send(inv, setpointKw).then(
      (ack) => {
        session.signal.removeEventListener("abort", onLinkLost);
        this.#applied(cmd, ack);
        return { acked: true };
      },
      () => {
        // no answer: the link watchdog drops the session, and the abort re-routes the share
        this.unacked++;
        return { acked: false };
      },
    );
  }

  #applied(cmd: Command, ack: Ack) {
    const inv = this.fleet.inverters.get(cmd.inverter);
    if (!inv) return;
    inv.setpointKw = ack.appliedKw;
    inv.lastAckAt = ack.at;
    this.acks++;
  }

  #reroute(cmd: Command) {
    if (cmd.attempts > 2) return;
    const others = this.fleet.block(cmd.block).filter((inv) =>
      inv.id !== cmd.inverter && this.fleet.session(inv.id).open
    );
    if (others.length === 0) return;
    this.rerouted++;
    const share = Math.round((cmd.setpointKw / others.length) * 10) / 10;
    for (const inv of others) {
      this.#dispatch(inv, inv.setpointKw + share, cmd.instruction, cmd.attempts + 1);
    }
  }
}
