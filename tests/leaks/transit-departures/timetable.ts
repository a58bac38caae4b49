/** A slice of the timetable: departures per stop, generated from each line's headway. */

interface Line {
  id: string;
  mode: "tram" | "bus" | "metro";
  destination: string;
  headwayMin: number;
  stops: string[];
}

const lines: Line[] = [
  {
    id: "2",
    mode: "tram",
    destination: "Nieuw Sloten",
    headwayMin: 8,
    stops: ["amsterdam-centraal", "dam", "leidseplein", "museumplein", "hoofddorpplein"],
  },
  {
    id: "12",
    mode: "tram",
    destination: "Amstelstation",
    headwayMin: 10,
    stops: ["amsterdam-centraal", "dam", "museumplein", "de-pijp", "amstelstation"],
  },
  {
    id: "52",
    mode: "metro",
    destination: "Zuid",
    headwayMin: 5,
    stops: ["noord", "amsterdam-centraal", "rokin", "de-pijp", "zuid"],
  },
];

export function lineStops(id: string) {
  const line = lines.find((l) => l.id === id);
  return line
    ? { id: line.id, mode: line.mode, destination: line.destination, stops: line.stops }
    : null;
}

export function departures(stop: string, limit: number, now = new Date()) {
  const minuteOfDay = now.getUTCHours() * 60 + now.getUTCMinutes();
  const upcoming = lines
    .filter((l) => l.stops.includes(stop))
    .flatMap((l) => {
      const offset = l.stops.indexOf(stop) * 2;
      const next = l.headwayMin -
        ((minuteOfDay - offset) % l.headwayMin + l.headwayMin) % l.headwayMin;
      return [0, 1, 2].map((k) => ({
        line: l.id,
        mode: l.mode,
        destination: l.destination,
        inMinutes: next + k * l.headwayMin,
      }));
    })
    .sort((a, b) => a.inMinutes - b.inMinutes);
  return upcoming.slice(0, limit);
}
