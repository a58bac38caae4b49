"use strict";

const { seen, remember } = require("./deliveries.cjs");
const { trigger } = require("./pipelines.cjs");

class HookError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function summarise(event, payload) {
  const repo = payload.repository?.full_name;
  if (!repo) throw new HookError(400, "payload has no repository");
  if (event === "push") {
    return {
      repo,
      ref: payload.ref,
      after: payload.after,
      sender: payload.pusher?.email ?? payload.sender?.login ?? "unknown",
      title: payload.head_commit?.message?.split("\n")[0] ?? "",
    };
  }
  if (event === "pull_request") {
    const pr = payload.pull_request ?? {};
    return {
      repo,
      ref: `refs/pull/${payload.number}/head`,
      after: pr.head?.sha,
      sender: payload.sender?.login ?? "unknown",
      title: pr.title ?? "",
    };
  }
  return { repo, ref: null, after: null, sender: payload.sender?.login ?? "unknown", title: "" };
}

/** Handles one delivery; returns what the host gets back. */
function receive(deliveryId, event, payload) {
  if (!deliveryId || !event) throw new HookError(400, "missing delivery headers");
  if (seen(deliveryId)) return { status: 200, body: { duplicate: true } };

  const summary = summarise(event, payload);
  remember(deliveryId, event, summary);

  if (event === "ping") return { status: 200, body: { pong: true } };
  if (event === "push" && payload.deleted) return { status: 202, body: { skipped: "deleted" } };
  if (event === "pull_request" && !["opened", "synchronize"].includes(payload.action)) {
    return { status: 202, body: { skipped: payload.action } };
  }
  if (!summary.after) throw new HookError(422, "no commit to build");
  const run = trigger(summary, event);
  return { status: 201, body: { run: run.number } };
}

module.exports = { HookError, receive };
