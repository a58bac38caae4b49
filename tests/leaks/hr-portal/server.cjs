"use strict";

const http = require("node:http");
const { AuthError, authenticate, findEmployee, setRoles } = require("./directory.cjs");
const { can, invalidateUser, requirePermission } = require("./authz.cjs");
const { leaveBalance, recentPayslips } = require("./payroll.cjs");

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4132;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        reject(new AuthError(400, "invalid JSON"));
      }
    });
    req.on("error", reject);
  });
}

const EMPLOYEE_LEAVE = /^\/employees\/(emp-\d+)\/leave$/;
const EMPLOYEE_ROLES = /^\/employees\/(emp-\d+)\/roles$/;

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  const user = authenticate(req);
  let m;
  if (req.method === "GET" && url.pathname === "/me/payslips") {
    requirePermission(user, "payslips:read", "own");
    const count = Math.min(Number(url.searchParams.get("limit")) || 3, 12);
    return send(res, 200, { payslips: recentPayslips(user, count) });
  }
  if (req.method === "GET" && url.pathname === "/me/leave") {
    requirePermission(user, "leave:read", "own");
    return send(res, 200, leaveBalance(user));
  }
  if (req.method === "GET" && (m = EMPLOYEE_LEAVE.exec(url.pathname))) {
    const employee = findEmployee(m[1]);
    if (!employee) return send(res, 404, { error: "no such employee" });
    const scope = employee.id === user.id ? "own" : employee.manager === user.id ? "team" : "other";
    requirePermission(user, "leave:read", scope);
    return send(res, 200, leaveBalance(employee));
  }
  if (req.method === "POST" && (m = EMPLOYEE_ROLES.exec(url.pathname))) {
    requirePermission(user, "roles:write", "other");
    const { roles } = await readJson(req);
    if (!Array.isArray(roles)) return send(res, 422, { error: "roles must be an array" });
    setRoles(m[1], roles);
    invalidateUser(m[1]);
    return send(res, 200, { id: m[1], roles });
  }
  if (req.method === "GET" && url.pathname === "/me") {
    return send(res, 200, {
      id: user.id,
      name: user.name,
      department: user.department,
      canApproveLeave: can(user, "leave:approve", "team"),
    });
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://hr.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof AuthError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`hr portal on 127.0.0.1:${port}`));
