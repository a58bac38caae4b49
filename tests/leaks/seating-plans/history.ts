/** A plan's tables: each table an array of seats, each seat a guest id or "". */
export type Tables = string[][];

const MAX_UNDO = 25;

/** Undo for the planner: a copy of the tables before each change, per plan. */
export class History {
  #stacks = new Map<string, Tables[]>();

  record(planId: string, tables: Tables) {
    const stack = this.#stacks.get(planId) ?? [];
    stack.push(tables.map((row) => [...row]));
    // the planner only offers the last MAX_UNDO steps
    if (stack.length > MAX_UNDO) stack.slice(stack.length - MAX_UNDO);
    this.#stacks.set(planId, stack);
  }

  undo(planId: string): Tables | undefined {
    return this.#stacks.get(planId)?.pop();
  }

  depth(planId: string): number {
    return this.#stacks.get(planId)?.length ?? 0;
  }

  forget(planId: string) {
    this.#stacks.delete(planId);
  }
}
