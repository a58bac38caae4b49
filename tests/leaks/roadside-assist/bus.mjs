import { PocketBus } from "./node_modules/pocket-bus/index.js";

/** Dispatch events: trucks assigned to jobs, their ETAs and arrivals (one bus per process). */
export const dispatchBus = new PocketBus({
  onError: (err, topic) => console.error(`dispatch handler for ${topic} failed:`, err.message),
});
