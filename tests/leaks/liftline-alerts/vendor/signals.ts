/**
 * signals: a small fine-grained reactive core after SolidJS — signals, memos, effects, roots
 * and owners. Every computation has an owner; disposing an owner runs its cleanups and
 * disposes the computations it owns. Anything made outside a createRoot belongs to the
 * application root, which disposeApp() tears down at shutdown.
 *
 * Effects run synchronously when a signal they read changes.
 *
 * @module
 */

export type Cleanup = () => void;

export interface Owner {
  owner: Owner | null;
  owned: Set<Computation>;
  cleanups: Cleanup[];
}

interface SignalState<T> {
  value: T;
  observers: Set<Computation>;
  equals: (a: T, b: T) => boolean;
}

/** The application root: the owner of everything made outside a createRoot. */
export const appRoot: Owner = { owner: null, owned: new Set(), cleanups: [] };

let currentOwner: Owner | null = null;
let currentListener: Computation | null = null;

/** The owner that computations and cleanups made now belong to. */
export function getOwner(): Owner {
  return currentOwner ?? appRoot;
}

export class Computation implements Owner {
  owned = new Set<Computation>();
  cleanups: Cleanup[] = [];
  sources = new Set<SignalState<unknown>>();
  disposed = false;

  constructor(public owner: Owner | null, private readonly fn: () => unknown) {}

  run() {
    if (this.disposed) return;
    cleanNode(this);
    const prevOwner = currentOwner;
    const prevListener = currentListener;
    currentOwner = this;
    currentListener = this;
    try {
      this.fn();
    } finally {
      currentOwner = prevOwner;
      currentListener = prevListener;
    }
  }
}

function cleanNode(node: Owner) {
  if (node instanceof Computation) {
    for (const source of node.sources) source.observers.delete(node);
    node.sources.clear();
  }
  for (const child of node.owned) {
    cleanNode(child);
    child.disposed = true;
  }
  node.owned.clear();
  for (const cleanup of node.cleanups.splice(0)) cleanup();
}

/** Runs fn with a new, detached owner; fn gets the function that disposes it. */
export function createRoot<T>(fn: (dispose: () => void) => T): T {
  const root: Owner = { owner: null, owned: new Set(), cleanups: [] };
  const prevOwner = currentOwner;
  const prevListener = currentListener;
  currentOwner = root;
  currentListener = null;
  try {
    return fn(() => cleanNode(root));
  } finally {
    currentOwner = prevOwner;
    currentListener = prevListener;
  }
}

export function createSignal<T>(
  value: T,
  options: { equals?: (a: T, b: T) => boolean } = {},
): [() => T, (next: T) => void] {
  const state: SignalState<T> = {
    value,
    observers: new Set(),
    equals: options.equals ?? Object.is,
  };
  const read = () => {
    if (currentListener) {
      state.observers.add(currentListener);
      currentListener.sources.add(state as SignalState<unknown>);
    }
    return state.value;
  };
  const write = (next: T) => {
    if (state.equals(state.value, next)) return;
    state.value = next;
    for (const computation of [...state.observers]) computation.run();
  };
  return [read, write];
}

/** Runs fn now and again whenever a signal it read changes. */
export function createEffect(fn: () => unknown): void {
  const owner = getOwner();
  const computation = new Computation(owner, fn);
  owner.owned.add(computation);
  computation.run();
}

/** A derived value, recomputed when what it reads changes. */
export function createMemo<T>(fn: () => T): () => T {
  const [read, write] = createSignal<T>(undefined as T);
  createEffect(() => write(fn()));
  return read;
}

/** Reads signals without subscribing the running computation to them. */
export function untrack<T>(fn: () => T): T {
  const prevListener = currentListener;
  currentListener = null;
  try {
    return fn();
  } finally {
    currentListener = prevListener;
  }
}

/** Registers fn to run when the current owner is disposed or its computation re-runs. */
export function onCleanup(fn: Cleanup): Cleanup {
  getOwner().cleanups.push(fn);
  return fn;
}

/** Shutdown: disposes everything the application root owns. */
export function disposeApp() {
  cleanNode(appRoot);
}
