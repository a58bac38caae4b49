/**
 * reactive: proxies that track what an effect reads and re-run (or schedule) it when that
 * changes. A cut-down port of the idea behind @vue/reactivity, kept here so the studio
 * service has no dependencies.
 *
 *   const state = reactive({ n: 1 });
 *   const runner = effect(() => console.log(state.n), { scheduler: () => … });
 *   state.n++;        // runs the scheduler (or the effect again)
 *   stop(runner);     // no more runs
 */

type Dep = Set<ReactiveEffect>;
type Scheduler = (effect: ReactiveEffect) => void;

export class ReactiveEffect {
  active = true;
  /** The dependency sets this effect is in, so stop() can take it out again. */
  deps: Dep[] = [];

  constructor(public fn: () => void, public scheduler?: Scheduler) {}

  run(): void {
    if (!this.active) return this.fn();
    const parent = activeEffect;
    activeEffect = this;
    try {
      this.fn();
    } finally {
      activeEffect = parent;
    }
  }
}

let activeEffect: ReactiveEffect | undefined;
const targetMap = new WeakMap<object, Map<PropertyKey, Dep>>();
const proxyMap = new WeakMap<object, object>();

function track(target: object, key: PropertyKey): void {
  if (!activeEffect) return;
  let depsMap = targetMap.get(target);
  if (!depsMap) {
    depsMap = new Map();
    targetMap.set(target, depsMap);
  }
  let dep = depsMap.get(key);
  if (!dep) {
    dep = new Set();
    depsMap.set(key, dep);
    activeEffect.deps.push(dep);
  }
  dep.add(activeEffect);
}

function trigger(target: object, key: PropertyKey): void {
  const dep = targetMap.get(target)?.get(key);
  if (!dep) return;
  for (const effect of [...dep]) {
    if (effect === activeEffect) continue;
    if (effect.scheduler) effect.scheduler(effect);
    else effect.run();
  }
}

export function reactive<T extends object>(target: T): T {
  const existing = proxyMap.get(target);
  if (existing) return existing as T;
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      track(t, key);
      const value = Reflect.get(t, key, receiver);
      return value !== null && typeof value === "object" ? reactive(value) : value;
    },
    set(t, key, value, receiver) {
      const had = Object.prototype.hasOwnProperty.call(t, key);
      const old = Reflect.get(t, key, receiver);
      const ok = Reflect.set(t, key, value, receiver);
      if (!had || old !== value) trigger(t, key);
      return ok;
    },
    deleteProperty(t, key) {
      const had = Object.prototype.hasOwnProperty.call(t, key);
      const ok = Reflect.deleteProperty(t, key);
      if (had) trigger(t, key);
      return ok;
    },
    ownKeys(t) {
      track(t, ITERATE);
      return Reflect.ownKeys(t);
    },
  });
  proxyMap.set(target, proxy);
  return proxy;
}

const ITERATE = Symbol("iterate");

export function effect(fn: () => void, options: { scheduler?: Scheduler } = {}): ReactiveEffect {
  const runner = new ReactiveEffect(fn, options.scheduler);
  runner.run();
  return runner;
}

export function stop(runner: ReactiveEffect): void {
  if (!runner.active) return;
  for (const dep of runner.deps) dep.delete(runner);
  runner.deps.length = 0;
  runner.active = false;
}
