import { randomUUID } from "node:crypto";
import { fetchRolloutStatus } from "./orchestrator.mjs";

const POLL_MS = 2000;
const KEEP = 30;
const deployments = new Map();

function pollStatus(deployment) {
  if (deployment.status === "succeeded" || deployment.status === "failed") return;
  const { status, message } = fetchRolloutStatus(deployment);
  if (status !== deployment.status) {
    deployment.status = status;
    deployment.history.push({ status, message, at: new Date().toISOString() });
  }
}

export function startDeployment(service, version, requestedBy = "ci") {
  const deployment = {
    id: randomUUID(),
    service,
    version,
    requestedBy: String(requestedBy),
    status: "pending",
    startedAt: Date.now(),
    history: [{
      status: "pending",
      message: `deploy ${service}@${version}`,
      at: new Date().toISOString(),
    }],
  };
  deployment.poller = setInterval(() => pollStatus(deployment), POLL_MS);

  deployments.set(deployment.id, deployment);
  if (deployments.size > KEEP) deployments.delete(deployments.keys().next().value);
  return deployment;
}

export function getDeployment(id) {
  return deployments.get(id);
}

export function listDeployments() {
  return [...deployments.values()].map(({ id, service, version, status }) => ({
    id,
    service,
    version,
    status,
  }));
}
