const STEPS = [
  { status: "pending", message: "waiting for a runner" },
  { status: "rolling_out", message: "new pods starting" },
  { status: "verifying", message: "health checks" },
  { status: "succeeded", message: "all replicas healthy" },
];

/** Where the rollout is; stands in for the cluster API (a step every couple of seconds). */
export function fetchRolloutStatus(deployment) {
  const elapsed = Date.now() - deployment.startedAt;
  return STEPS[Math.min(STEPS.length - 1, Math.floor(elapsed / 2000))];
}
