/**
 * Undo/redo for any reducer, the way the Redux docs' "Implementing Undo History" recipe does it:
 * the state becomes {past, present, future}.
 */
function undoable(reducer) {
  const initial = {
    past: [],
    present: reducer(undefined, { type: "@@undoable/INIT" }),
    future: [],
  };

  return function undoableReducer(state = initial, action) {
    const { past, present, future } = state;
    switch (action.type) {
      case "history/undo": {
        if (past.length === 0) return state;
        const previous = past[past.length - 1];
        return { past: past.slice(0, -1), present: previous, future: [present, ...future] };
      }
      case "history/redo": {
        if (future.length === 0) return state;
        const [next, ...rest] = future;
        return { past: [...past, present], present: next, future: rest };
      }
      default: {
        const newPresent = reducer(present, action);
        if (newPresent === present) return state;
        return {
          past: [...past, present],
          present: newPresent,
          future: [],
        };
      }
    }
  };
}

module.exports = { undoable };
