// Guaranteed connections: bus trips that wait for a late feeder train at the station, each up to
// its own maximum (the last bus of the evening waits longer).

export interface Connection {
  trip: string;
  line: string;
  stop: string;
  departs: string;
  maxWaitMin: number;
}

const CONNECTIONS: Record<string, Connection[]> = {
  zwolle: [
    {
      trip: "B-71-0912",
      line: "71 Kampen via Brunnepe",
      stop: "zwolle-station",
      departs: "09:12",
      maxWaitMin: 5,
    },
    {
      trip: "B-74-0915",
      line: "74 Dalfsen via Oudleusen",
      stop: "zwolle-station",
      departs: "09:15",
      maxWaitMin: 8,
    },
  ],
  deventer: [
    {
      trip: "B-160-0920",
      line: "160 Raalte",
      stop: "deventer-station",
      departs: "09:20",
      maxWaitMin: 4,
    },
  ],
};

export function connectionsAt(station: string): Connection[] {
  return CONNECTIONS[station] ?? [];
}

export function isStation(station: string): boolean {
  return station in CONNECTIONS;
}
