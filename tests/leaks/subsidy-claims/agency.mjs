// Submitted claims go to the paying agency; we keep the last receipts for the support desk.
const receipts = [];
let seq = 4100;

export function forward(draft) {
  const receipt = {
    claimRef: `RPA-${draft.year}-${++seq}`,
    sbi: draft.sbi,
    scheme: draft.scheme,
    total: draft.estimate.total,
    parcels: draft.parcels.length,
    at: new Date().toISOString(),
  };
  receipts.unshift(receipt);
  if (receipts.length > 20) receipts.pop();
  return receipt;
}

export function recentReceipts() {
  return receipts;
}
