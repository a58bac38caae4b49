export interface Command {
  label: string;
  apply(): void;
  revert(): void;
}

// Undo/redo for the programming desk. Only the last LIMIT edits can be undone.
export class History {
  private undoStack: Command[] = [];
  private redoStack: Command[] = [];

  constructor(private readonly limit = 30) {}

  run(cmd: Command) {
    cmd.apply();
    this.undoStack.push(cmd);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack = [];
  }

  undo(): string | null {
    return this.step(this.undoStack, this.redoStack, (cmd) => cmd.revert());
  }

  redo(): string | null {
    return this.step(this.redoStack, this.undoStack, (cmd) => cmd.apply());
  }

  private step(from: Command[], to: Command[], act: (cmd: Command) => void): string | null {
    const cmd = from.pop();
    if (!cmd) return null;
    act(cmd);
    to.push(cmd);
    return cmd.label;
  }
}
