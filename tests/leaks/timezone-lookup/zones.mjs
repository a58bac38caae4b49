/** Time zone areas as coarse boxes ([south, west, north, east]); the first match wins. */
const AREAS = [
  { zone: "Europe/Amsterdam", country: "NL", box: [50.7, 3.2, 53.7, 7.3] },
  { zone: "Europe/Brussels", country: "BE", box: [49.5, 2.5, 51.5, 6.4] },
  { zone: "Europe/London", country: "GB", box: [49.9, -8.6, 60.9, 1.8] },
  { zone: "America/New_York", country: "US", box: [24.5, -85, 47.5, -66.9] },
  { zone: "America/Chicago", country: "US", box: [25.8, -104, 49, -85] },
  { zone: "Asia/Tokyo", country: "JP", box: [24, 122.9, 45.6, 153.9] },
];

const offsetFormatters = new Map();

function formatterFor(zone) {
  let f = offsetFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormatters.set(zone, f);
  }
  return f;
}

/** The zone's UTC offset at `at`, in minutes. */
export function offsetMinutes(zone, at = new Date()) {
  const name = formatterFor(zone).formatToParts(at).find((p) => p.type === "timeZoneName").value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

export function zoneAt(lat, lng) {
  for (const area of AREAS) {
    const [s, w, n, e] = area.box;
    if (lat >= s && lat <= n && lng >= w && lng <= e) return area;
  }
  return { zone: `Etc/GMT${lng >= 7.5 ? "-" : "+"}${Math.round(Math.abs(lng) / 15)}`, country: "" };
}

export const ZONES = new Set(AREAS.map((a) => a.zone));
