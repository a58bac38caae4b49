export interface Lane {
  origin: string;
  destination: string;
  km: number;
  ferry: boolean;
}

const LANES: Lane[] = [
  { origin: "NLRTM", destination: "DEHAM", km: 495, ferry: false },
  { origin: "NLRTM", destination: "GBFXT", km: 410, ferry: true },
  { origin: "BEANR", destination: "FRLEH", km: 520, ferry: false },
  { origin: "DEHAM", destination: "PLGDN", km: 670, ferry: false },
];

export function findLane(origin: string, destination: string): Lane | undefined {
  return LANES.find((l) => l.origin === origin && l.destination === destination);
}
