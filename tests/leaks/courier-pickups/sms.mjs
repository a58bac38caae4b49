const SENDER = "PakketBode";
const sent = [];
const MAX_SENT = 25;

export const smsStats = { sent: 0, failed: 0 };

/** Hands a text to the SMS gateway; the last few are kept for the support desk. */
export function sendSms(to, text) {
  if (!/^\+\d{8,15}$/.test(to)) {
    smsStats.failed++;
    return false;
  }
  sent.unshift({ from: SENDER, to, text, at: new Date().toISOString() });
  if (sent.length > MAX_SENT) sent.length = MAX_SENT;
  smsStats.sent++;
  return true;
}

export const recentSms = () => sent.slice(0, 10);
