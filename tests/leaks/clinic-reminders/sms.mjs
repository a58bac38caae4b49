/** Outbound SMS through the carrier gateway (stubbed: logs in development). */

const GATEWAY = process.env.SMS_GATEWAY_URL;
let sent = 0;

export async function sendSms({ to, text }) {
  if (!GATEWAY) {
    sent++;
    return { id: `dev-${sent}`, to, segments: Math.ceil(text.length / 153) };
  }
  const res = await fetch(GATEWAY, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to, text }),
  });
  if (!res.ok) throw new Error(`sms gateway answered ${res.status}`);
  return await res.json();
}

export function smsStats() {
  return { sent };
}
