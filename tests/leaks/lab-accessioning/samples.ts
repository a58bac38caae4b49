import { IndexedStore } from "./indexed_store.ts";
import { benchFor, type TestCode, TESTS } from "./test_catalogue.ts";

export type SampleStatus = "received" | "in-analysis" | "resulted" | "authorised";

export interface Result {
  test: TestCode;
  value: number;
  unit: string;
  flag: "L" | "N" | "H";
  instrument: string;
  measuredAt: string;
}

export interface Sample {
  readonly id: string;
  readonly barcode: string;
  readonly patient: { mrn: string; name: string; sex: "F" | "M" | "X"; born: string };
  readonly requester: string;
  readonly tube: string;
  readonly tests: TestCode[];
  readonly bench: string;
  readonly priority: "routine" | "urgent";
  readonly status: SampleStatus;
  readonly results: readonly Result[];
  readonly receivedAt: string;
  readonly updatedAt: string;
  readonly authorisedBy?: string;
}

export class AccessionError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

/** Samples on the lab floor, indexed by the bench that runs them. */
export const samples = new IndexedStore<Sample>((s) => s.bench);

const released: { id: string; bench: string; tat: number }[] = [];
const MAX_RELEASED = 40;
export const counters = { received: 0, resulted: 0, released: 0 };

export interface AccessionRequest {
  barcode?: string;
  patient?: Sample["patient"];
  requester?: string;
  tube?: string;
  tests?: string[];
  priority?: string;
}

export function accession(body: AccessionRequest): Sample {
  if (!body.barcode || !/^[A-Z0-9-]{6,24}$/.test(body.barcode)) {
    throw new AccessionError("a tube barcode is required");
  }
  if (!body.patient?.mrn) throw new AccessionError("patient MRN is required");
  const tests = (body.tests ?? []).filter((t): t is TestCode => t in TESTS);
  if (tests.length === 0) throw new AccessionError("no orderable tests on the request");
  const now = new Date().toISOString();
  const sample: Sample = {
    id: `S-${body.barcode}`,
    barcode: body.barcode,
    patient: body.patient,
    requester: body.requester ?? "unknown",
    tube: body.tube ?? "SST",
    tests,
    bench: benchFor(tests),
    priority: body.priority === "urgent" ? "urgent" : "routine",
    status: "received",
    results: [],
    receivedAt: now,
    updatedAt: now,
  };
  if (samples.get(sample.id)) throw new AccessionError(`${sample.id} is already on the floor`, 409);
  counters.received++;
  return samples.insert(sample);
}

export function recordResult(id: string, incoming: Omit<Result, "flag" | "measuredAt">): Sample {
  const test = TESTS[incoming.test];
  if (!test) throw new AccessionError(`unknown test ${incoming.test}`);
  const flag = incoming.value < test.low ? "L" : incoming.value > test.high ? "H" : "N";
  const result: Result = {
    ...incoming,
    unit: test.unit,
    flag,
    measuredAt: new Date().toISOString(),
  };
  counters.resulted++;
  return samples.update(id, (current) => {
    const results = [...current.results.filter((r) => r.test !== result.test), result];
    const complete = current.tests.every((t) => results.some((r) => r.test === t));
    const updated: Sample = {
      ...current,
      results,
      status: complete ? "resulted" : "in-analysis",
      updatedAt: result.measuredAt,
    };
    return updated;
  });
}

export function authorise(id: string, scientist: string): Sample {
  const sample = samples.get(id);
  if (!sample) throw new AccessionError(`${id} is not on the floor`, 404);
  if (sample.status !== "resulted") throw new AccessionError(`${id} is ${sample.status}`, 409);
  return samples.update(id, (current) => ({
    ...current,
    status: "authorised",
    authorisedBy: scientist,
    updatedAt: new Date().toISOString(),
  }));
}

/** Authorised results went out to the requester: the sample leaves the floor. */
export function release(id: string): Sample {
  const sample = samples.get(id);
  if (!sample || sample.status !== "authorised") {
    throw new AccessionError(`${id} is not authorised`, 409);
  }
  samples.remove(id);
  counters.released++;
  released.push({
    id,
    bench: sample.bench,
    tat: Date.parse(sample.updatedAt) - Date.parse(sample.receivedAt),
  });
  if (released.length > MAX_RELEASED) released.shift();
  return sample;
}

export function floor() {
  const tats = released.map((r) => r.tat);
  return {
    onFloor: samples.size,
    counters,
    medianTatMs: tats.length ? tats.toSorted((a, b) => a - b)[Math.floor(tats.length / 2)] : null,
  };
}
