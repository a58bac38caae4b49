/**
 * The push format, one sample a line (statsd with DogStatsD tags):
 *
 *   http.request.duration:48|h|#route:/checkout,method:POST,status:201
 */

export interface Sample {
  name: string;
  value: number;
  type: "c" | "g" | "h";
  tags: Record<string, string>;
}

export function parseLines(text: string): { samples: Sample[]; rejected: number } {
  const samples: Sample[] = [];
  let rejected = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^([a-z][\w.]*):(-?\d+(?:\.\d+)?)\|(c|g|h)(?:\|#(.*))?$/.exec(line);
    if (!m) {
      rejected++;
      continue;
    }
    const tags: Record<string, string> = {};
    for (const pair of (m[4] ?? "").split(",")) {
      const at = pair.indexOf(":");
      if (at > 0) tags[pair.slice(0, at)] = pair.slice(at + 1);
    }
    samples.push({ name: m[1], value: Number(m[2]), type: m[3] as Sample["type"], tags });
  }
  return { samples, rejected };
}
