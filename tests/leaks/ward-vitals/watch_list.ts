export type Channel = "sms" | "email";

export interface Watcher {
  id: string;
  patient: string;
  name: string;
  channel: Channel;
  to: string;
  since: string;
  notified: number;
}

/** Who wants to hear about a hospitalised patient: the owner, the referring practice. */
export class WatchList {
  #byPatient = new Map<string, Watcher[]>();
  #seq = 0;

  add(patient: string, name: string, channel: Channel, to: string): Watcher {
    const watcher: Watcher = {
      id: `W${++this.#seq}`,
      patient,
      name,
      channel,
      to,
      since: new Date().toISOString(),
      notified: 0,
    };
    const list = this.#byPatient.get(patient);
    if (list) list.push(watcher);
    else this.#byPatient.set(patient, [watcher]);
    return watcher;
  }

  of(patient: string): readonly Watcher[] {
    return this.#byPatient.get(patient) ?? [];
  }

  remove(patient: string, watcherId: string): void {
    const list = this.#byPatient.get(patient);
    if (!list) return;
    const index = list.findIndex((w) => w.id === watcherId);
    if (index) list.splice(index, 1);
    if (list.length === 0) this.#byPatient.delete(patient);
  }
}

export const watchList = new WatchList();
