// The airlines' status APIs as their sandboxes behave (their production endpoints need
// contracts). KL's sandbox has been in a maintenance window for a while: it answers 503.

export class HttpError extends Error {
  constructor(status, url) {
    super(`HTTP ${status} from ${url}`);
    this.status = status;
    this.url = url;
  }
}

const GATES = ["B13", "C7", "D44", "E18", "F3", "G9"];

function seed(text) {
  let h = 7;
  for (let n = 0; n < text.length; n++) h = (h * 31 + text.charCodeAt(n)) >>> 0;
  return h;
}

function sandboxStatus(carrier, flight, date) {
  const s = seed(`${flight}/${date}`);
  const delay = s % 5 === 0 ? 15 + (s % 90) : 0;
  const scheduled = `${date}T${String(6 + (s % 16)).padStart(2, "0")}:${s % 2 ? "05" : "40"}:00Z`;
  return {
    flight,
    carrier,
    date,
    status: s % 37 === 0 ? "cancelled" : delay ? "delayed" : "on-time",
    scheduledDeparture: scheduled,
    estimatedDeparture: new Date(Date.parse(scheduled) + delay * 60_000).toISOString(),
    gate: GATES[s % GATES.length],
    terminal: s % 3 === 0 ? "2" : "1",
  };
}

export const sandboxes = {
  KL: {
    baseUrl: "https://api.klm.example/flightstatus/v3",
    async flightStatus(flight) {
      await new Promise((resolve) => setImmediate(resolve));
      throw new HttpError(503, `${this.baseUrl}/flights/${flight}`);
    },
  },
  AF: {
    baseUrl: "https://api.airfrance.example/flightstatus/v3",
    async flightStatus(flight, date) {
      await new Promise((resolve) => setImmediate(resolve));
      return sandboxStatus("AF", flight, date);
    },
  },
  LH: {
    baseUrl: "https://api.lufthansa.example/operations/v1",
    async flightStatus(flight, date) {
      await new Promise((resolve) => setImmediate(resolve));
      return sandboxStatus("LH", flight, date);
    },
  },
};
