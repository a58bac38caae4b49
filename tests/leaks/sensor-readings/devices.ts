export interface Device {
  id: string;
  site: string;
  kind: "freezer" | "fridge" | "reefer-truck";
  minCelsius: number;
  maxCelsius: number;
}

const DEVICES: Device[] = [
  { id: "frz-ams-01", site: "Amsterdam DC", kind: "freezer", minCelsius: -25, maxCelsius: -18 },
  { id: "frz-ams-02", site: "Amsterdam DC", kind: "freezer", minCelsius: -25, maxCelsius: -18 },
  { id: "frg-rtm-07", site: "Rotterdam hub", kind: "fridge", minCelsius: 2, maxCelsius: 8 },
  { id: "trk-4471", site: "fleet", kind: "reefer-truck", minCelsius: 0, maxCelsius: 6 },
];

const byId = new Map(DEVICES.map((device) => [device.id, device]));

export function findDevice(id: string): Device | undefined {
  return byId.get(id);
}

export function allDevices(): Device[] {
  return DEVICES;
}
