/**
 * Hive inspections in progress: a keeper opens one at the hive and closes it when the lid goes
 * back on. Keyed by hive and keeper; keeper names come from phones in both Unicode forms.
 */

export class Inspection {
  static registry = new Map<string, Inspection>();

  readonly openedAt = Date.now();
  readonly notes: string[] = [];

  static key(hive: string, keeper: string): string {
    return `${hive}:${keeper.normalize("NFC").toLowerCase()}`;
  }

  constructor(readonly hive: string, readonly keeper: string) {
    (this.constructor as typeof Inspection).registry.set(Inspection.key(hive, keeper), this);
  }

  close(): number {
    (this.constructor as typeof Inspection).registry.delete(Inspection.key(this.hive, this.keeper));
    return Date.now() - this.openedAt;
  }
}

/** Queen checks are listed on their own (the breeding group follows them). */
export class QueenCheck extends Inspection {
  static override registry = new Map<string, Inspection>();
  queenSeen = false;
  eggsSeen = false;
}

export function findInspection(hive: string, keeper: string): Inspection | undefined {
  const key = Inspection.key(hive, keeper);
  return QueenCheck.registry.get(key) ?? Inspection.registry.get(key);
}
