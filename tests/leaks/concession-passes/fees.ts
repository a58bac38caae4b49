export type PassType = "senior" | "student" | "disability" | "jobseeker";

const FEES: Record<PassType, number> = { senior: 0, student: 20, disability: 0, jobseeker: 10 };
const EVIDENCE: Record<PassType, string[]> = {
  senior: ["proof of age"],
  student: ["student ID", "enrolment letter"],
  disability: ["PIP award letter"],
  jobseeker: ["JobCentre letter"],
};

export function feeFor(type: PassType, replacement: boolean): number {
  return FEES[type] + (replacement ? 10 : 0);
}

export function evidenceFor(type: PassType): string[] {
  return EVIDENCE[type];
}

export function isPassType(t: unknown): t is PassType {
  return typeof t === "string" && t in FEES;
}
