import { ORSet } from "./orset.ts";

export interface Replica {
  id: string;
  /** The highest op counter applied from this replica. */
  clock: number;
  lastSyncAt: number;
  syncs: number;
}

export interface Household {
  id: string;
  name: string;
  list: ORSet;
  replicas: Map<string, Replica>;
}

const households = new Map<string, Household>();

for (const [id, name] of [["h-12", "Van Dijk"], ["h-31", "Okafor"], ["h-77", "Lindqvist"]]) {
  households.set(id, { id, name, list: new ORSet(), replicas: new Map() });
}

export function household(id: string): Household | undefined {
  return households.get(id);
}

export function replicaOf(home: Household, id: string): Replica {
  let replica = home.replicas.get(id);
  if (!replica) {
    replica = { id, clock: 0, lastSyncAt: 0, syncs: 0 };
    home.replicas.set(id, replica);
  }
  return replica;
}
