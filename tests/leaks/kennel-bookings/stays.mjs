import { FlowProducer, Queue } from "./lib/queue.mjs";

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class VetCheckFailed extends Error {
  retryable = false;
}

const processors = {
  async vaccinations({ data }) {
    await delay(1);
    const missing = ["rabies", "parvo", "kennel-cough"].filter((v) =>
      !data.dog.vaccinations.includes(v)
    );
    if (missing.length) {
      throw new VetCheckFailed(`${data.dog.name} is missing ${missing.join(", ")}`);
    }
    return { checkedAt: new Date().toISOString(), valid: true };
  },
  async deposit({ data }) {
    await delay(1);
    return { paymentRef: `dep_${data.stayId}`, cents: 2500 * data.nights };
  },
  async confirm({ data }) {
    await delay(1);
    return { stayId: data.stayId, deposit: data.children.deposit.paymentRef };
  },
};

const runJob = (job) => processors[job.name](job);
const queues = {
  checks: new Queue("checks", runJob, { concurrency: 4 }),
  payments: new Queue("payments", runJob, { attempts: 3 }),
  bookings: new Queue("bookings", runJob, { concurrency: 2 }),
};
const flows = new FlowProducer(queues);

const outcomes = [];
const OUTCOMES_KEPT = 30;
const totals = { confirmed: 0, rejected: 0 };

function record(stayId, status, detail) {
  outcomes.push({ stayId, status, detail, at: Date.now() });
  if (outcomes.length > OUTCOMES_KEPT) outcomes.splice(0, outcomes.length - OUTCOMES_KEPT);
  totals[status]++;
}

queues.bookings.on("completed", (_job, result) => record(result.stayId, "confirmed", "booked"));
flows.on(
  "flow-failed",
  (flow, child, err) => record(flow.data.stayId, "rejected", `${child}: ${err.message}`),
);

export function requestStay({ stayId, dog, nights }) {
  const data = { stayId, dog, nights };
  return flows.add({
    name: "confirm",
    queue: "bookings",
    data: { stayId },
    children: [
      { name: "vaccinations", queue: "checks", data },
      { name: "deposit", queue: "payments", data },
    ],
  });
}

export function overview() {
  return {
    totals,
    waiting: flows.waitingChildren.size,
    queues: Object.fromEntries(
      Object.entries(queues).map(([n, q]) => [n, { ...q.counts, waiting: q.waiting.length }]),
    ),
    recent: outcomes.slice(-10),
  };
}
