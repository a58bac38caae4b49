"use strict";
// In-process stand-in for the library system's database: members and loans, an index on
// loans.memberId, and an async select() that answers with row copies after some latency.

const tables = { members: new Map(), loans: new Map() };
const indexes = { loans: { memberId: new Map() } };

const latency = () => new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 4));

async function select(table, where = {}, { orderBy } = {}) {
  await latency();
  const [column, value] = Object.entries(where)[0] ?? [];
  const index = column && indexes[table]?.[column];
  let rows = index
    ? (index.get(value) ?? []).map((id) => tables[table].get(id))
    : [...tables[table].values()];
  rows = rows.filter((row) => Object.entries(where).every(([k, v]) => row[k] === v));
  if (orderBy) {
    rows.sort((a, b) => (a[orderBy] < b[orderBy] ? -1 : a[orderBy] > b[orderBy] ? 1 : 0));
  }
  return rows.map((row) => ({ ...row }));
}

function insert(table, row) {
  tables[table].set(row.id, structuredClone(row));
  for (const [column, index] of Object.entries(indexes[table] ?? {})) {
    const ids = index.get(row[column]) ?? [];
    ids.push(row.id);
    index.set(row[column], ids);
  }
}

const titles = [
  ["The Left Hand of Darkness", "Ursula K. Le Guin", "9780441478125"],
  ["Middlemarch", "George Eliot", "9780141439549"],
  ["Things Fall Apart", "Chinua Achebe", "9780385474542"],
  ["The Remains of the Day", "Kazuo Ishiguro", "9780571258246"],
  ["Small Island", "Andrea Levy", "9780755307500"],
];
const branches = ["Central", "Northgate", "Riverside"];
for (let m = 1; m <= 1200; m++) {
  insert("members", { id: `M-${m}`, name: `Member ${m}`, branch: branches[m % 3], tier: "adult" });
  for (let l = 0; l < 25; l++) {
    const [title, author, isbn] = titles[(m + l) % titles.length];
    insert("loans", {
      id: `L-${m}-${l}`,
      memberId: `M-${m}`,
      isbn,
      title,
      author,
      branch: branches[(m + l) % 3],
      loanedAt: `2025-10-${String(1 + (l % 28)).padStart(2, "0")}`,
      dueAt: `2025-11-${String(1 + ((l * 7) % 28)).padStart(2, "0")}`,
      renewals: l % 3,
    });
  }
}

module.exports = { select };
