import { printer, PrintError, type PrintJob } from "./printer.ts";

export class BadgeError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Attendee {
  ticket: string;
  name: string;
  company?: string;
  role?: string;
  pronouns?: string;
}

const checkedIn = new Map<string, { ticket: string; name: string; at: string; station: string }>();
const reprints: { ticket: string; reason: string; at: string }[] = [];
let jobSeq = 0;

interface Printed {
  job: string;
  station: string;
  at: number;
  attendee: string;
}

function waitForPrint(job: PrintJob): Promise<Printed> {
  return new Promise((resolve, reject) => {
    const onFailed = (err: PrintError) => reject(err);
    printer.events.once(`printed:${job.id}`, (result) => {
      printer.events.off(`failed:${job.id}`, onFailed);
      resolve({ ...result, attendee: job.attendee });
    });
    printer.events.once(`failed:${job.id}`, onFailed);
  });
}

function badgeLines(a: Attendee): string[] {
  const lines = [a.name.trim()];
  if (a.pronouns) lines.push(`(${a.pronouns})`);
  if (a.company) lines.push(a.company);
  if (a.role && a.role !== "attendee") lines.push(a.role.toUpperCase());
  return lines;
}

export async function checkIn(a: Attendee, station: string) {
  if (!a.ticket || !a.name) throw new BadgeError(400, "ticket and name are needed");
  if (checkedIn.has(a.ticket)) throw new BadgeError(409, `${a.ticket} already has a badge`);
  const job: PrintJob = {
    id: `job-${++jobSeq}`,
    attendee: a.ticket,
    lines: badgeLines(a),
    qr: `BEGIN:VCARD\nVERSION:3.0\nFN:${a.name}\nORG:${
      a.company ?? ""
    }\nNOTE:${a.ticket}\nEND:VCARD`,
    station,
    queuedAt: Date.now(),
  };
  const done = waitForPrint(job);
  printer.submit(job);
  try {
    const result = await done;
    checkedIn.set(a.ticket, {
      ticket: a.ticket,
      name: a.name,
      at: new Date(result.at).toISOString(),
      station,
    });
    return { ticket: a.ticket, job: job.id, printed: true };
  } catch (err) {
    if (err instanceof PrintError) {
      reprints.unshift({ ticket: a.ticket, reason: err.code, at: new Date().toISOString() });
      if (reprints.length > 30) reprints.length = 30;
      throw new BadgeError(502, `badge not printed: ${err.message}; please write one by hand`);
    }
    throw err;
  }
}

/** Attendee leaves the venue (day passes are scanned out). */
export function checkOut(ticket: string) {
  if (!checkedIn.delete(ticket)) throw new BadgeError(404, `${ticket} is not checked in`);
  return { ticket, checkedOut: true };
}

export function deskStats() {
  return {
    onSite: checkedIn.size,
    printed: printer.printed,
    failed: printer.failed,
    queued: printer.queued,
    handWritten: reprints.slice(0, 5),
  };
}
