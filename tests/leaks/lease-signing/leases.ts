import { createStore, select } from "./store.ts";

export class LeaseError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export type Party = "tenant" | "guarantor" | "landlord";
export type Status = "drafted" | "signing" | "signed" | "completed";

export interface Lease {
  id: string;
  property: string;
  rentMinor: number;
  startsOn: string;
  tenant: { name: string; email: string };
  guarantor: { name: string; email: string } | null;
  landlord: { name: string; email: string };
  signatures: Partial<Record<Party, string>>;
  status: Status;
}

interface State {
  leases: Record<string, Lease>;
  completed: { id: string; property: string; at: string }[];
  log: { seq: number; type: string; lease: string; at: string }[];
  seq: number;
}

type Action =
  | { type: "lease/drafted"; lease: Lease }
  | { type: "lease/signed"; id: string; party: Party; at: string }
  | { type: "lease/completed"; id: string; at: string };

const LOG_SIZE = 100;

function required(lease: Lease): Party[] {
  return lease.guarantor ? ["tenant", "guarantor", "landlord"] : ["tenant", "landlord"];
}

function logged(state: State, type: string, lease: string): Pick<State, "log" | "seq"> {
  const seq = state.seq + 1;
  return {
    seq,
    log: [...state.log.slice(-(LOG_SIZE - 1)), { seq, type, lease, at: new Date().toISOString() }],
  };
}

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "lease/drafted":
      return {
        ...state,
        ...logged(state, action.type, action.lease.id),
        leases: { ...state.leases, [action.lease.id]: action.lease },
      };
    case "lease/signed": {
      const lease = state.leases[action.id];
      const signatures = { ...lease.signatures, [action.party]: action.at };
      const done = required(lease).every((p) => signatures[p]);
      return {
        ...state,
        ...logged(state, action.type, action.id),
        leases: {
          ...state.leases,
          [action.id]: { ...lease, signatures, status: done ? "signed" : "signing" },
        },
      };
    }
    case "lease/completed": {
      const { [action.id]: lease, ...rest } = state.leases;
      return {
        ...state,
        ...logged(state, action.type, action.id),
        leases: rest,
        completed: [{ id: lease.id, property: lease.property, at: action.at }, ...state.completed]
          .slice(0, 25),
      };
    }
  }
}

export const store = createStore<State, Action>(reducer, {
  leases: {},
  completed: [],
  log: [],
  seq: 0,
});

export function getLease(id: string): Lease {
  const lease = store.getState().leases[id];
  if (!lease) throw new LeaseError(404, `no open lease ${id}`);
  return lease;
}

export function draft(body: Partial<Lease> & { id?: string }): Lease {
  if (!body.id || !body.property || !body.tenant || !body.landlord) {
    throw new LeaseError(400, "a lease needs an id, a property, a tenant and a landlord");
  }
  if (store.getState().leases[body.id]) throw new LeaseError(409, `lease ${body.id} exists`);
  const lease: Lease = {
    id: body.id,
    property: body.property,
    rentMinor: Number(body.rentMinor ?? 0),
    startsOn: body.startsOn ?? new Date().toISOString().slice(0, 10),
    tenant: body.tenant,
    guarantor: body.guarantor ?? null,
    landlord: body.landlord,
    signatures: {},
    status: "drafted",
  };
  store.dispatch({ type: "lease/drafted", lease });
  return lease;
}

export function sign(id: string, party: Party): Lease {
  const lease = getLease(id);
  if (!required(lease).includes(party)) {
    throw new LeaseError(400, `${party} does not sign this lease`);
  }
  if (lease.signatures[party]) throw new LeaseError(409, `${party} has signed already`);
  store.dispatch({ type: "lease/signed", id, party, at: new Date().toISOString() });
  return getLease(id);
}

export function complete(id: string) {
  const lease = getLease(id);
  if (lease.status !== "signed") throw new LeaseError(409, "not every party has signed");
  store.dispatch({ type: "lease/completed", id, at: new Date().toISOString() });
  return store.getState().completed[0];
}

/**
 * Long poll for the agent's dashboard: resolves when the lease's status changes, or after
 * `timeoutMs` with the status as it is.
 */
export function waitForChange(id: string, timeoutMs: number) {
  const lease = getLease(id);
  return new Promise<{ id: string; status: Status | "closed"; changed: boolean; lease: Lease }>(
    (resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined = undefined;
      const onChange = (state: State) => {
        clearTimeout(timer);
        store.unsubscribe(onChange);
        const now = state.leases[id];
        resolve({ id, status: now?.status ?? "closed", changed: true, lease: now ?? lease });
      };
      select(store, (s) => s.leases[id]?.status, onChange);
      timer = setTimeout(() => {
        store.unsubscribe(onChange);
        resolve({ id, status: lease.status, changed: false, lease });
      }, timeoutMs);
    },
  );
}

export function stats() {
  const s = store.getState();
  return {
    open: Object.keys(s.leases).length,
    completed: s.completed.slice(0, 5),
    events: s.seq,
    watchers: store.listenerCount,
  };
}
