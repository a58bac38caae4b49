// The last notes posted per board, replayed to a client that (re)connects.
const BOARDS = new Map();
const KEEP = 20;

export function post(board, note) {
  let notes = BOARDS.get(board);
  if (!notes) BOARDS.set(board, notes = []);
  notes.push(note);
  if (notes.length > KEEP) notes.shift();
  return note;
}

export function since(board, seq) {
  return (BOARDS.get(board) ?? []).filter((n) => n.seq > seq);
}
