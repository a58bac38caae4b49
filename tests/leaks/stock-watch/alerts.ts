import { priceFeed, type Tick } from "./feed.ts";

export interface PriceAlert {
  id: string;
  user: string;
  symbol: string;
  above: number;
  createdAt: string;
  triggered: number;
}

interface Notification {
  user: string;
  text: string;
  at: number;
}

const MAX_NOTIFICATIONS = 50;
const notifications: Notification[] = [];

function notify(user: string, text: string) {
  notifications.push({ user, text, at: Date.now() });
  if (notifications.length > MAX_NOTIFICATIONS) notifications.shift();
}

export function recentNotifications(): Notification[] {
  return notifications.slice().reverse();
}

export function addAlert(user: string, symbol: string, above: number): PriceAlert {
  const alert: PriceAlert = {
    id: crypto.randomUUID(),
    user,
    symbol,
    above,
    createdAt: new Date().toISOString(),
    triggered: 0,
  };
  priceFeed.on("change", (tick: Tick) => {
    if (tick.symbol !== alert.symbol || tick.price <= alert.above) return;
    alert.triggered++;
    notify(alert.user, `${alert.symbol} is at ${tick.price}, above your ${alert.above}`);
  });
  return alert;
}
