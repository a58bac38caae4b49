import type { Device, DeviceRegistry } from "./registry.ts";

export interface PushMessage {
  title: string;
  body: string;
  topic: string;
  data?: Record<string, string>;
}

export interface DeliveryReport {
  device: string;
  token: string;
  status: "sent" | "skipped" | "invalid-token";
}

// Stand-in for the APNs/FCM clients: tokens the provider has dropped come back as invalid.
function deliver(device: Device, _msg: PushMessage): DeliveryReport["status"] {
  return device.token.endsWith(":stale") ? "invalid-token" : "sent";
}

export function notifyUser(
  registry: DeviceRegistry,
  userId: string,
  msg: PushMessage,
): DeliveryReport[] {
  const reports: DeliveryReport[] = [];
  for (const device of registry.forUser(userId)) {
    if (!device.topics.has(msg.topic)) {
      reports.push({ device: device.id, token: device.token, status: "skipped" });
      continue;
    }
    reports.push({ device: device.id, token: device.token, status: deliver(device, msg) });
  }
  // Providers tell us a token is dead; drop whichever device still holds it.
  for (const r of reports) {
    if (r.status === "invalid-token") {
      const device = registry.byToken(r.token);
      if (device) registry.unregister(device.id);
    }
  }
  return reports;
}
