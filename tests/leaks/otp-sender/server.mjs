import express from "express";
import bodyParser from "body-parser";
import { limitBursts, normalisePhone } from "./limits.mjs";
import { issueCode, lastMessageTo, otpStats, verifyCode } from "./otp.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const app = express();
app.set("trust proxy", false);
app.use(bodyParser.json({ limit: "4kb" }));

app.get("/healthz", (_req, res) => res.json({ ok: true }));

app.post("/otp/send", limitBursts, async (req, res, next) => {
  try {
    const phone = normalisePhone(req.body?.phone);
    if (!phone) return res.status(400).json({ error: "phone must be E.164" });
    const sent = await issueCode(phone, req.body.channel === "voice" ? "voice" : "sms");
    if (!sent) return res.status(429).json({ error: "too many codes for this number, wait" });
    res.status(202).json({ sent: true });
  } catch (err) {
    next(err);
  }
});

app.post("/otp/verify", limitBursts, async (req, res, next) => {
  try {
    const phone = normalisePhone(req.body?.phone);
    if (!phone) return res.status(400).json({ error: "phone must be E.164" });
    const result = await verifyCode(phone, String(req.body.code ?? ""));
    res.status(result.ok ? 200 : 401).json(result);
  } catch (err) {
    next(err);
  }
});

// Test helper of the SMS provider stub: the last message sent to a number.
app.get("/sandbox/outbox/:phone", (req, res) => {
  const msg = lastMessageTo(req.params.phone);
  if (!msg) return res.status(404).json({ error: "nothing sent" });
  res.json(msg);
});

app.get("/otp/stats", (_req, res) => res.json(otpStats()));

app.use((err, _req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: "internal" });
});

app.listen(port, "127.0.0.1", () => console.log(`otp-sender on http://127.0.0.1:${port}`));
