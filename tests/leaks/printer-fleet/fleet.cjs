"use strict";

class FleetError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const printers = new Map([
  ["prn-3f-east", {
    id: "prn-3f-east",
    model: "Brother HL-L6400DW",
    floor: 3,
    toner: 0.82,
    paper: 500,
  }],
  ["prn-2f-west", {
    id: "prn-2f-west",
    model: "HP LaserJet M507",
    floor: 2,
    toner: 0.64,
    paper: 500,
  }],
  ["prn-1f-lobby", {
    id: "prn-1f-lobby",
    model: "Canon i-SENSYS X 1643P",
    floor: 1,
    toner: 0.4,
    paper: 250,
  }],
]);

const RECENT_JOBS = 30;
const recentJobs = [];
const pageCounts = new Map();
let nextJob = 1;

function getPrinter(id) {
  const printer = printers.get(id);
  if (!printer) throw new FleetError(404, `no printer ${id}`);
  return printer;
}

function submitJob(printerId, body) {
  const printer = getPrinter(printerId);
  const pages = Number(body.pages);
  if (!body.document || !Number.isInteger(pages) || pages < 1) {
    throw new FleetError(422, "document and a positive page count are required");
  }
  const copies = Math.max(1, Number(body.copies) || 1);
  const sheets = Math.ceil((pages * copies) / (body.duplex ? 2 : 1));
  // The simulated printer reloads paper when it runs out.
  if (printer.paper < sheets) printer.paper = 500;
  printer.paper -= sheets;
  printer.toner = Math.max(0.05, printer.toner - sheets * 0.0001);
  const job = {
    id: `job-${nextJob++}`,
    printer: printer.id,
    document: String(body.document),
    owner: String(body.owner || "anonymous"),
    pages,
    copies,
    sheets,
    at: new Date().toISOString(),
  };
  recentJobs.push(job);
  if (recentJobs.length > RECENT_JOBS) recentJobs.shift();
  pageCounts.set(printer.id, (pageCounts.get(printer.id) || 0) + pages * copies);
  console.log(
    `print job ${job.id} on ${printer.id}: "${job.document}" by ${job.owner}, ${sheets} sheets`,
  );
  if (printer.toner < 0.1) {
    console.warn(`printer ${printer.id} toner low (${printer.toner.toFixed(2)})`);
  }
  return job;
}

function printerStatus(id) {
  const printer = getPrinter(id);
  return {
    ...printer,
    pagesPrinted: pageCounts.get(id) || 0,
    queue: recentJobs.filter((j) => j.printer === id).slice(-5).map((j) => j.id),
  };
}

module.exports = { FleetError, printerStatus, submitJob };
