/**
 * A stand-in for the warehouse driver: one multiplexed connection with server-side cursors.
 * The server holds a cursor's result set until it is told to close it.
 */

export interface Row {
  orderId: number;
  region: string;
  sku: string;
  qty: number;
  revenueCents: number;
  day: string;
}

const REGIONS = ["eu-west", "eu-north", "us-east", "us-west", "ap-south"];
const TABLE: Row[] = Array.from({ length: 500 }, (_, n) => ({
  orderId: 500_000 + n,
  region: REGIONS[n % REGIONS.length],
  sku: `SKU-${(n * 7) % 120}`,
  qty: 1 + (n % 4),
  revenueCents: 1500 + ((n * 131) % 20_000),
  day: `2024-05-${String(1 + (n % 28)).padStart(2, "0")}`,
}));

export class Connection {
  openCursors = 0;
  closedCursors = 0;

  /** Server side: runs the query and returns the result set the cursor will page through. */
  execute(_sql: string, params: unknown[]): Row[] {
    this.openCursors++;
    const region = String(params[0]);
    return TABLE.filter((r) => r.region === region);
  }

  closeCursor(_id: number) {
    this.openCursors--;
    this.closedCursors++;
  }
}

export const connection = new Connection();
