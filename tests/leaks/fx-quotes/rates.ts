// The rates desk the quote service calls (in-process: a second listener on a free port).
const MID: Record<string, number> = {
  EUR: 1,
  USD: 1.0842,
  GBP: 0.8571,
  CHF: 0.9613,
  JPY: 163.2,
  SEK: 11.43,
  PLN: 4.31,
};

export function startRatesDesk(): Deno.HttpServer<Deno.NetAddr> {
  let tick = 0;
  return Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (req) => {
    const m = /^\/mid\/([A-Z]{3})\/([A-Z]{3})$/.exec(new URL(req.url).pathname);
    if (!m || !(m[1] in MID) || !(m[2] in MID)) {
      return Response.json({ error: "unknown pair" }, { status: 404 });
    }
    const jitter = 1 + (((tick++ % 21) - 10) / 10000);
    return Response.json({
      base: m[1],
      quote: m[2],
      mid: (MID[m[2]] / MID[m[1]]) * jitter,
      at: Date.now(),
    });
  });
}
