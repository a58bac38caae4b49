"use strict";

// Employees and their API tokens (the SSO gateway in front of us swaps the session cookie for
// one of these). Handlers get their own copy of the user, so nothing they do can change the
// directory by accident.

class AuthError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const employees = new Map([
  ["tok-7f3a9c", {
    id: "emp-1001",
    name: "Lotte Visser",
    department: "engineering",
    roles: ["employee"],
    manager: "emp-1040",
    contract: { hoursPerWeek: 40, startDate: "2021-03-01", salaryScale: "E7" },
  }],
  ["tok-c81d02", {
    id: "emp-1040",
    name: "Ruben Mulder",
    department: "engineering",
    roles: ["employee", "manager"],
    manager: "emp-1100",
    contract: { hoursPerWeek: 36, startDate: "2017-09-15", salaryScale: "M2" },
  }],
  ["tok-55be41", {
    id: "emp-1100",
    name: "Noor Hendriks",
    department: "people-ops",
    roles: ["employee", "hr-admin"],
    manager: null,
    contract: { hoursPerWeek: 32, startDate: "2015-01-05", salaryScale: "M4" },
  }],
]);

function authenticate(req) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  const employee = employees.get(token);
  if (!employee) throw new AuthError(401, "invalid or missing token");
  return structuredClone(employee);
}

function findEmployee(id) {
  for (const employee of employees.values()) {
    if (employee.id === id) return structuredClone(employee);
  }
  return null;
}

function setRoles(id, roles) {
  for (const employee of employees.values()) {
    if (employee.id === id) employee.roles = [...roles];
  }
}

module.exports = { AuthError, authenticate, findEmployee, setRoles };
