/** Who is in a voice channel, versioned so clients can sync with small deltas. */

export interface Member {
  id: string;
  name: string;
  avatar: string;
  client: "desktop" | "mobile" | "web";
  muted: boolean;
  deafened: boolean;
  streaming: boolean;
  joinedAt: number;
}

interface Snapshot {
  version: number;
  members: readonly Member[];
  at: number;
  prev?: Snapshot;
}

export type RosterSync =
  | { version: number; unchanged: true }
  | { version: number; delta: { joined: Member[]; left: string[]; changed: Member[] } }
  | { version: number; members: readonly Member[] };

export class Roster {
  #current: Snapshot = { version: 0, members: [], at: Date.now() };

  constructor(readonly channel: string) {}

  get version(): number {
    return this.#current.version;
  }

  get members(): readonly Member[] {
    return this.#current.members;
  }

  find(id: string): Member | undefined {
    return this.#current.members.find((m) => m.id === id);
  }

  join(member: Member): void {
    const others = this.#current.members.filter((m) => m.id !== member.id);
    this.#commit([...others, member]);
  }

  update(id: string, patch: Partial<Pick<Member, "muted" | "deafened" | "streaming">>): Member {
    const old = this.find(id);
    if (!old) throw new RangeError(`${id} is not in ${this.channel}`);
    const next: Member = { ...old, ...patch };
    this.#commit(this.#current.members.map((m) => m.id === id ? next : m));
    return next;
  }

  leave(id: string): boolean {
    if (!this.find(id)) return false;
    this.#commit(this.#current.members.filter((m) => m.id !== id));
    return true;
  }

  /**
   * What a client at `version` needs: nothing, a delta from the version just before this one
   * (the usual case: clients are at most one change behind), or the whole list.
   */
  since(version: number): RosterSync {
    const cur = this.#current;
    if (version === cur.version) return { version, unchanged: true };
    const prev = cur.prev;
    if (prev && prev.version === version) {
      const before = new Map(prev.members.map((m) => [m.id, m]));
      const after = new Set(cur.members.map((m) => m.id));
      return {
        version: cur.version,
        delta: {
          joined: cur.members.filter((m) => !before.has(m.id)),
          left: prev.members.filter((m) => !after.has(m.id)).map((m) => m.id),
          changed: cur.members.filter((m) => before.has(m.id) && before.get(m.id) !== m),
        },
      };
    }
    return { version: cur.version, members: cur.members };
  }

  #commit(members: readonly Member[]): void {
    const prev = this.#current;
    this.#current = { version: prev.version + 1, members, at: Date.now(), prev };
  }
}
