import type { ApprovalTask } from "./approvals.ts";

/**
 * Open approval tasks by the person who has to act on them, for the "My approvals" page and the
 * daily digest.
 */
export class ApprovalInbox {
  #byApprover = new Map<string, Set<ApprovalTask>>();

  add(task: ApprovalTask) {
    this.#index(task);
  }

  /** Hands a task to someone else (delegation, or a manager reassigning it). */
  reassign(task: ApprovalTask, to: string, reason: string) {
    task.history.push({
      at: new Date().toISOString(),
      event: "reassigned",
      from: task.assignee,
      to,
      reason,
    });
    task.assignee = to;
    this.#index(task);
  }

  /** The task was decided or withdrawn. */
  remove(task: ApprovalTask) {
    const bucket = this.#byApprover.get(task.assignee);
    if (!bucket) return;
    bucket.delete(task);
    if (bucket.size === 0) this.#byApprover.delete(task.assignee);
  }

  for(approver: string): ApprovalTask[] {
    return [...(this.#byApprover.get(approver) ?? [])];
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [approver, tasks] of this.#byApprover) out[approver] = tasks.size;
    return out;
  }

  #index(task: ApprovalTask) {
    let bucket = this.#byApprover.get(task.assignee);
    if (!bucket) {
      bucket = new Set();
      this.#byApprover.set(task.assignee, bucket);
    }
    bucket.add(task);
  }
}
