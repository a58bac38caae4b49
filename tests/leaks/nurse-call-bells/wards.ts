/** The wards on this system and who gets paged when a call is not answered. */

export interface Ward {
  id: string;
  name: string;
  beds: number;
  chargeNursePager: string;
}

export const wards = new Map<string, Ward>([
  ["4B", { id: "4B", name: "Ward 4B (Respiratory)", beds: 24, chargeNursePager: "2417" }],
  ["5A", { id: "5A", name: "Ward 5A (Orthopaedics)", beds: 28, chargeNursePager: "2502" }],
  ["7C", { id: "7C", name: "Ward 7C (Care of the Elderly)", beds: 30, chargeNursePager: "2733" }],
]);

export interface Page {
  pager: string;
  ward: string;
  bed: number;
  call: string;
  message: string;
  at: number;
}

const PAGER_LOG_LIMIT = 40;
/** What the pager gateway was sent lately (the gateway itself is fire-and-forget). */
export const pagerLog: Page[] = [];

export function page(p: Page) {
  pagerLog.unshift(p);
  if (pagerLog.length > PAGER_LOG_LIMIT) pagerLog.length = PAGER_LOG_LIMIT;
}
