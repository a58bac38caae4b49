import { setMaxListeners } from "node:events";

/** The workshop floor: machine states, announced as "status" events to whoever listens. */
export class MachineRoom extends EventTarget {
  #machines = new Map();

  constructor(names) {
    super();
    // Every running job listens, and a busy evening has dozens of them.
    setMaxListeners(0, this);
    for (const name of names) this.#machines.set(name, { name, status: "idle", since: Date.now() });
  }

  has(name) {
    return this.#machines.has(name);
  }

  setStatus(name, status, reason = "") {
    const machine = this.#machines.get(name);
    if (!machine) return undefined;
    const previous = machine.status;
    Object.assign(machine, { status, reason, since: Date.now() });
    this.dispatchEvent(new CustomEvent("status", { detail: { machine: name, status, previous } }));
    return machine;
  }

  list() {
    return [...this.#machines.values()].map((m) => ({ ...m }));
  }
}

export const machineRoom = new MachineRoom(["laser-1", "laser-2", "cnc-router", "vinyl-cutter"]);
