import express, { type Request, type Response } from "express";
import passport from "passport";
import { authStats, requireToken } from "./auth.ts";
import { latest, record, trail } from "./telemetry.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const app = express();
app.use(express.json({ limit: "8kb" }));
app.use(passport.initialize());

app.get("/healthz", (_req: Request, res: Response) => {
  res.json({ ok: true });
});

app.post("/telemetry", requireToken("telemetry:write"), (req: Request, res: Response) => {
  const van = (req.user as { id: string }).id;
  const { lat, lon, speedKmh, fuelPct } = req.body ?? {};
  if (typeof lat !== "number" || typeof lon !== "number") {
    return res.status(400).json({ error: "lat and lon are required" });
  }
  res.status(202).json(record(van, { lat, lon, speedKmh, fuelPct }, req.authInfo));
});

app.get("/vans/:van/latest", requireToken("telemetry:read"), (req: Request, res: Response) => {
  const point = latest(req.params.van);
  if (!point) return res.status(404).json({ error: "no telemetry yet" });
  res.json(point);
});

app.get("/vans/:van/trail", requireToken("telemetry:read"), (req: Request, res: Response) => {
  res.json({ van: req.params.van, points: trail(req.params.van, Number(req.query.n ?? 20)) });
});

app.get("/auth/stats", (_req: Request, res: Response) => {
  res.json(authStats);
});

app.listen(port, "127.0.0.1", () => console.log(`van-telemetry on http://127.0.0.1:${port}`));
