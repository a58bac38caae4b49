import { filter, ReplaySubject, scan } from "rxjs";

export const DEPOTS = ["AMS-1", "RTM-2", "UTR-1", "EIN-3"] as const;
export type Depot = typeof DEPOTS[number];
export const KINDS = ["arrived", "sorted", "out-for-delivery", "delivered", "exception"] as const;
export type ScanKind = typeof KINDS[number];

export interface ScanEvent {
  parcel: string;
  depot: Depot;
  kind: ScanKind;
  scannedBy: string;
  at: string;
  note?: string;
}

/**
 * Every scan, in order. A ReplaySubject so that whoever subscribes late (the depot board, the
 * customer's tracking page, the exception report) still sees what happened before.
 */
export const activity$ = new ReplaySubject<ScanEvent>();

/** Scans per depot and kind, kept by one long-lived subscription. */
export const depotTotals: Record<string, Record<string, number>> = {};
activity$
  .pipe(
    scan((totals, e) => {
      const perKind = (totals[e.depot] ??= {});
      perKind[e.kind] = (perKind[e.kind] ?? 0) + 1;
      return totals;
    }, depotTotals),
  )
  .subscribe();

/** The last exception per depot, for the on-call screen. */
export const lastException = new Map<Depot, ScanEvent>();
activity$.pipe(filter((e) => e.kind === "exception")).subscribe((e) => {
  lastException.set(e.depot, e);
});

export function recordScan(input: Omit<ScanEvent, "at">): ScanEvent {
  const event: ScanEvent = { ...input, at: new Date().toISOString() };
  activity$.next(event);
  return event;
}

/** A parcel's scans so far: the replay, filtered, read synchronously, then unsubscribed. */
export function parcelHistory(parcel: string): ScanEvent[] {
  const out: ScanEvent[] = [];
  const sub = activity$
    .pipe(filter((e) => e.parcel === parcel))
    .subscribe((e) => out.push(e));
  sub.unsubscribe();
  return out;
}
