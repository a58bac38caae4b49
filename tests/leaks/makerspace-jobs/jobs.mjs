import { machineRoom } from "./machines.mjs";

const tick = () => new Promise((resolve) => setImmediate(resolve));
let seq = 0;

/**
 * A job on one machine. It listens to the room's status events (as an EventListener object,
 * through handleEvent) so a fault or an e-stop on its machine pauses it.
 */
export class CutJob {
  constructor(spec, room = machineRoom) {
    this.id = `job-${++seq}`;
    this.member = spec.member;
    this.machine = spec.machine;
    this.material = spec.material;
    this.thicknessMm = spec.thicknessMm;
    this.svg = spec.svg;
    this.passes = Math.ceil(spec.thicknessMm / 3);
    this.state = "queued";
    this.log = [];
    this.room = room;
    room.addEventListener("status", this);
  }

  handleEvent(event) {
    const { machine, status } = event.detail;
    if (machine !== this.machine || this.state !== "cutting") return;
    this.log.push(`${new Date().toISOString()} machine ${status}`);
    if (status === "fault" && this.state === "cutting") this.state = "paused";
  }

  async run() {
    this.state = "cutting";
    this.room.setStatus(this.machine, "busy", this.id);
    for (let pass = 1; pass <= this.passes; pass++) {
      await tick();
      if (this.state === "paused") break;
      this.log.push(`pass ${pass}/${this.passes} done`);
    }
    this.finish(this.state === "paused" ? "interrupted" : "done");
    return this;
  }

  finish(state) {
    this.state = state;
    this.finishedAt = Date.now();
    this.room.setStatus(this.machine, "idle");
    this.room.removeEventListener("status", this.handleEvent);
  }

  summary() {
    const { id, member, machine, material, state, passes, log } = this;
    return { id, member, machine, material, state, passes, log };
  }
}
