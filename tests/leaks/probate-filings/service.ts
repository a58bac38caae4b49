import {
  type ApplicationStore,
  Conflict,
  feeFor,
  type ProbateApplication,
  problemsWith,
  ValidationError,
} from "./applications.ts";
import { retry, singleFlight, timed } from "./decorators.ts";
import { fileWithCourt, type Filing, GatewayUnavailable } from "./gateway.ts";

export interface SubmissionReceipt {
  reference: string;
  caseNumber: string;
  registry: string;
  submittedAt: string;
  fee: { application: number; copies: number; total: number };
  documents: string[];
  correspondence: string;
  message: string;
}

const file = timed("court.file")(
  retry(2, (err) => err instanceof GatewayUnavailable)(fileWithCourt),
);

export class ProbateService {
  constructor(private readonly store: ApplicationStore) {}

  readonly submit = singleFlight((app: ProbateApplication) => `${app.reference}@${app.version}`)(
    async (app: ProbateApplication): Promise<SubmissionReceipt> => {
      if (app.status !== "draft") throw new Conflict(`${app.reference} is ${app.status}`);
      const problems = problemsWith(app);
      if (problems.length) throw new ValidationError(`missing: ${problems.join("; ")}`);
      const documents = ["PA1P", app.estate.ihtForm, ...(app.will ? ["original will"] : [])];
      if (app.will?.codicils) documents.push(`${app.will.codicils} codicil(s)`);
      const filing: Filing = {
        reference: app.reference,
        deceased: app.deceased.name,
        applicant: app.applicant.name,
        executors: app.executors.map((e) => e.name),
        netValue: app.estate.netValue,
        documents,
      };
      const ack = await file(filing);
      this.store.update(app, {
        status: "submitted",
        caseNumber: ack.caseNumber,
        submittedAt: ack.receivedAt,
      });
      const fee = feeFor(app);
      return {
        reference: app.reference,
        caseNumber: ack.caseNumber,
        registry: ack.registry,
        submittedAt: ack.receivedAt,
        fee,
        documents,
        correspondence: app.applicant.email ?? app.applicant.address,
        message: `The application for the estate of ${app.deceased.name} was received by the ` +
          `${ack.registry} as case ${ack.caseNumber}. The fee of £${fee.total.toFixed(2)} ` +
          `will be taken from the firm's account; the original will must reach the registry ` +
          `within 14 days.`,
      };
    },
  );

  edit(reference: string, patch: Partial<ProbateApplication>) {
    const app = this.store.get(reference);
    if (app.status !== "draft") throw new Conflict(`${reference} is ${app.status}`);
    const { executors, copies, estate, will, applicant } = patch;
    return this.store.update(app, {
      ...(executors && { executors }),
      ...(copies !== undefined && { copies }),
      ...(estate && { estate: { ...app.estate, ...estate } }),
      ...(will && { will }),
      ...(applicant && { applicant }),
    });
  }
}
