"use strict";

const { App } = require("./app.cjs");
const { HttpError, Tenants } = require("./tenants.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const app = new App();
const tenants = new Tenants(app);

function isoWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

app.route("GET", /^\/healthz$/, () => ({ body: { ok: true } }));
app.route("GET", /^\/stats$/, () => ({ body: tenants.stats() }));

app.route("POST", /^\/tenants$/, ({ body }) => ({ status: 201, body: tenants.signUp(body) }));

app.route("POST", /^\/tenants\/(?<tenant>[a-z0-9-]+)\/cancel$/, ({ params }) => {
  tenants.cancel(params.tenant);
  return { body: { cancelled: params.tenant } };
});

app.route("POST", /^\/t\/(?<tenant>[a-z0-9-]+)\/entries$/, async ({ params, body }) => {
  const hours = Number(body.hours);
  if (!(hours > 0 && hours <= 24)) throw new HttpError(400, "hours must be between 0 and 24");
  const pool = tenants.pool(params.tenant);
  const entry = await pool.query(
    "INSERT INTO entries (person, project, day, hours, note) VALUES ($1, $2, $3, $4, $5) RETURNING *",
    (t) => {
      const row = {
        id: t.entries.length + 1,
        person: body.person,
        project: body.project,
        day: body.day,
        week: isoWeek(new Date(body.day)),
        hours,
        note: body.note ?? "",
      };
      t.entries.push(row);
      t.projects.set(row.project, (t.projects.get(row.project) ?? 0) + hours);
      return row;
    },
  );
  return { status: 201, body: entry };
});

app.route("GET", /^\/t\/(?<tenant>[a-z0-9-]+)\/timesheets$/, async ({ params, query }) => {
  const week = query.get("week") ?? isoWeek(new Date());
  const pool = tenants.pool(params.tenant);
  const rows = await pool.query(
    "SELECT person, project, sum(hours) AS hours FROM entries WHERE week = $1 GROUP BY person, project",
    (t) => t.entries.filter((e) => e.week === week),
  );
  const byPerson = {};
  for (const r of rows) {
    byPerson[r.person] ??= { total: 0, projects: {} };
    byPerson[r.person].total += r.hours;
    byPerson[r.person].projects[r.project] = (byPerson[r.person].projects[r.project] ?? 0) +
      r.hours;
  }
  return { body: { tenant: params.tenant, week, people: byPerson } };
});

process.on("SIGTERM", () => app.close().then(() => process.exit(0)));

app.listen(port, () => console.log(`timesheets on :${port}`));
