import { type Snapshot, snapshot, subscribe } from "valtio/vanilla";
import { type Board, board } from "./board.ts";

type BoardSnapshot = Snapshot<Board>;

/** Undo and redo: a snapshot of the board after every change, the current one last. */
export const history = {
  past: [snapshot(board)] as BoardSnapshot[],
  future: [] as BoardSnapshot[],
};

let restoring = false;

subscribe(board, () => {
  if (restoring) {
    restoring = false;
    return;
  }
  history.past.push(snapshot(board));
  history.future.length = 0;
});

function restore(snap: BoardSnapshot) {
  restoring = true;
  board.columns = structuredClone({ ...snap.columns }) as Board["columns"];
  board.revision = snap.revision;
}

export function undo(): boolean {
  if (history.past.length < 2) return false;
  history.future.push(history.past.pop()!);
  restore(history.past[history.past.length - 1]);
  return true;
}

export function redo(): boolean {
  const next = history.future.pop();
  if (!next) return false;
  history.past.push(next);
  restore(next);
  return true;
}
