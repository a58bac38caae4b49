import { Observable, type Observer } from "./observable.ts";

export type Tier = "bronze" | "silver" | "gold";
export interface MemberView {
  memberId: string;
  name: string;
  points: number;
  tier: Tier;
  lastActivity: string;
  recent: { ref: string; points: number }[];
}
export interface PointsChanged {
  memberId: string;
  points: number;
  delta: number;
  ref: string;
}

abstract class ReadModel<K, V> {
  protected readonly rows = new Map<K, V>();

  get(key: K): V | undefined {
    return this.rows.get(key);
  }
}

/** CQRS read side: one denormalised row per member, updated by the points projection. */
export class MemberReadModel extends Observable<PointsChanged>()(ReadModel<string, MemberView>) {
  constructor(seed: { memberId: string; name: string }[]) {
    super();
    for (const m of seed) {
      this.rows.set(m.memberId, { ...m, points: 0, tier: "bronze", lastActivity: "", recent: [] });
    }
  }

  applyPointsEarned(memberId: string, delta: number, ref: string): MemberView | undefined {
    const row = this.rows.get(memberId);
    if (!row) return undefined;
    row.points += delta;
    row.lastActivity = new Date().toISOString();
    row.recent.unshift({ ref, points: delta });
    row.recent.length = Math.min(row.recent.length, 10);
    this.notify({ memberId, points: row.points, delta, ref });
    return row;
  }

  setTier(memberId: string, tier: Tier): void {
    const row = this.rows.get(memberId);
    if (row) row.tier = tier;
  }
}

const THRESHOLDS: [Tier, number][] = [["gold", 5_000], ["silver", 1_000], ["bronze", 0]];

/** Promotes a member when a points change crosses a tier threshold. */
export class TierUpgradePolicy implements Observer<PointsChanged> {
  readonly #unsubscribe: () => void;
  promotions = 0;

  constructor(private readonly members: MemberReadModel, private readonly channel: string) {
    this.#unsubscribe = members.subscribe(this);
  }

  onChange(change: PointsChanged): void {
    const row = this.members.get(change.memberId);
    if (!row) return;
    const tier = THRESHOLDS.find(([, min]) => change.points >= min)![0];
    if (tier !== row.tier) {
      this.members.setTier(change.memberId, tier);
      this.promotions++;
    }
  }

  dispose(): void {
    this.#unsubscribe();
  }
}

/** Per request: records a purchase's points through the policy and the read model. */
export class PointsService {
  constructor(
    private readonly members: MemberReadModel,
    private readonly policy: TierUpgradePolicy,
    private readonly rate: number,
  ) {}

  recordPurchase(memberId: string, amount: number, ref: string): MemberView | undefined {
    const points = Math.floor(amount * this.rate);
    return this.members.applyPointsEarned(memberId, points, ref);
  }
}
