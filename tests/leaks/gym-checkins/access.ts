import type { Member } from "./members.ts";

/** `@perInstance` memoizes a method for the life of one instance (the cache goes with it). */
function perInstance<This extends object, Args extends unknown[], Result>(
  method: (this: This, ...args: Args) => Result,
  _context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Result>,
) {
  const caches = new WeakMap<This, Map<string, Result>>();
  return function memoized(this: This, ...args: Args): Result {
    let cache = caches.get(this);
    if (!cache) caches.set(this, cache = new Map());
    const key = JSON.stringify(args);
    if (!cache.has(key)) cache.set(key, method.apply(this, args));
    return cache.get(key)!;
  };
}

const OFFPEAK_HOURS = { from: 9, to: 16 };

/** The access rules for one member at one moment; made per door event. */
export class AccessPolicy {
  constructor(readonly member: Member, readonly at: Date) {}

  @perInstance
  mayEnter(club: string): boolean {
    if (this.member.validUntil < this.at.toISOString().slice(0, 10)) return false;
    if (this.member.plan !== "premium" && club !== this.member.homeClub) return false;
    if (this.member.plan === "offpeak") {
      const hour = this.at.getUTCHours();
      return hour >= OFFPEAK_HOURS.from && hour < OFFPEAK_HOURS.to;
    }
    return true;
  }

  reason(club: string): string {
    return this.mayEnter(club) ? "ok" : `plan ${this.member.plan} has no access to ${club}`;
  }
}
