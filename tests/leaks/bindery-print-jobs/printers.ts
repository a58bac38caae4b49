export interface PrintJob {
  job: number;
  customer: string;
  title: string;
  pages: number;
  copies: number;
  paper: string;
  binding: string;
  finishing: string[];
  file: string;
  submittedAt: string;
}

export interface Delivery {
  job: PrintJob;
  printer: string;
  attempt: number;
  deliveredAt: number;
}

/** A press pulling work from the shared queue; jobs stay unacknowledged until it reports done. */
export class Printer {
  readonly unacked = new Map<number, Delivery>();
  completed = 0;
  sheets = 0;
  lastJob?: number;

  constructor(readonly id: string, readonly model: string, readonly papers: string[]) {}

  take(job: PrintJob, attempt: number): Delivery {
    const delivery = { job, printer: this.id, attempt, deliveredAt: Date.now() };
    this.unacked.set(job.job, delivery);
    this.lastJob = job.job;
    return delivery;
  }

  done(jobNo: number, sheets: number) {
    this.unacked.delete(jobNo);
    this.completed++;
    this.sheets += sheets;
  }

  summary() {
    return {
      id: this.id,
      model: this.model,
      busy: this.unacked.size > 0,
      completed: this.completed,
      sheets: this.sheets,
      lastJob: this.lastJob,
    };
  }
}

export const printers = new Map<string, Printer>([
  ["p1", new Printer("p1", "Xerox Versant 280", ["A4", "A3", "SRA3"])],
  ["p2", new Printer("p2", "Konica Minolta C4080", ["A4", "A3"])],
]);
