/** The court's online filing gateway (a stub with the real one's timings and replies). */

export class GatewayUnavailable extends Error {}

export interface Filing {
  reference: string;
  deceased: string;
  applicant: string;
  executors: string[];
  netValue: number;
  documents: string[];
}

export interface Acknowledgement {
  caseNumber: string;
  registry: string;
  receivedAt: string;
}

let caseSeq = 1000;
const registries = ["Principal Registry (London)", "Birmingham DPR", "Newcastle DPR"];

export async function fileWithCourt(filing: Filing): Promise<Acknowledgement> {
  await new Promise((r) => setTimeout(r, 4));
  if (!filing.executors.length) throw new Error("rejected: no executors");
  const n = ++caseSeq;
  return {
    caseNumber: `${new Date().getUTCFullYear()}-${String(n).padStart(7, "0")}`,
    registry: registries[n % registries.length],
    receivedAt: new Date().toISOString(),
  };
}
