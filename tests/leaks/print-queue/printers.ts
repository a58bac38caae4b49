export interface PrintJob {
  id: string;
  printer: string;
  document: string;
  pages: number;
  copies: number;
  duplex: boolean;
  submittedBy: string;
  status: "queued" | "printing" | "done" | "failed";
  submittedAt: number;
}

interface Printer {
  id: string;
  location: string;
  online: boolean;
  pagesPrinted: number;
  tonerPercent: number;
}

const printers = new Map<string, Printer>([
  ["hp-2f-east", {
    id: "hp-2f-east",
    location: "2nd floor east",
    online: true,
    pagesPrinted: 0,
    tonerPercent: 100,
  }],
  ["hp-2f-west", {
    id: "hp-2f-west",
    location: "2nd floor west",
    online: true,
    pagesPrinted: 0,
    tonerPercent: 100,
  }],
  ["ricoh-lobby", {
    id: "ricoh-lobby",
    location: "reception",
    online: false,
    pagesPrinted: 0,
    tonerPercent: 40,
  }],
]);

const HISTORY_LIMIT = 100;
/** Finished jobs, newest last, for the "my prints" page. */
const history: Pick<PrintJob, "id" | "printer" | "pages" | "status" | "submittedBy">[] = [];

export class PrinterError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function printerOrThrow(id: string): Printer {
  const printer = printers.get(id);
  if (!printer) throw new PrinterError(404, `no printer ${id}`);
  return printer;
}

/** Sends the job to the printer (a raw socket to port 9100 in production). */
export async function print(job: PrintJob): Promise<void> {
  const printer = printerOrThrow(job.printer);
  job.status = "printing";
  await Promise.resolve(); // the socket write
  if (!printer.online) throw new PrinterError(503, `${printer.id} is offline`);
  const sheets = job.duplex ? Math.ceil(job.pages / 2) : job.pages;
  printer.pagesPrinted += sheets * job.copies;
  printer.tonerPercent = Math.max(0, printer.tonerPercent - 0.001 * sheets * job.copies);
  job.status = "done";
}

export function recordFinished(job: PrintJob): void {
  history.push({
    id: job.id,
    printer: job.printer,
    pages: job.pages,
    status: job.status,
    submittedBy: job.submittedBy,
  });
  if (history.length > HISTORY_LIMIT) history.splice(0, history.length - HISTORY_LIMIT);
}

export function overview() {
  return {
    printers: [...printers.values()],
    recent: history.slice(-10),
  };
}
