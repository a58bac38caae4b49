const { combineReducers } = require("redux");

/** The office floor plan: rooms (fixed for the day) and the furniture people drag around. */
const initialFurniture = {};
for (let n = 1; n <= 24; n++) {
  const id = `desk-${String(n).padStart(2, "0")}`;
  initialFurniture[id] = {
    id,
    kind: "desk",
    x: (n % 6) * 180,
    y: Math.floor(n / 6) * 140,
    rotation: 0,
  };
}
for (let n = 1; n <= 6; n++) {
  const id = `plant-${n}`;
  initialFurniture[id] = { id, kind: "plant", x: n * 150, y: 620, rotation: 0 };
}

const initialRooms = {
  "open-plan": { name: "Open plan", capacity: 24 },
  "meeting-a": { name: "Meeting room A", capacity: 8 },
  "phone-1": { name: "Phone booth 1", capacity: 1 },
};

function furniture(state = initialFurniture, action) {
  switch (action.type) {
    case "furniture/moved": {
      const piece = state[action.id];
      if (!piece) return state;
      return { ...state, [action.id]: { ...piece, x: action.x, y: action.y } };
    }
    case "furniture/rotated": {
      const piece = state[action.id];
      if (!piece) return state;
      return {
        ...state,
        [action.id]: { ...piece, rotation: (piece.rotation + action.degrees) % 360 },
      };
    }
    default:
      return state;
  }
}

function rooms(state = initialRooms, action) {
  if (action.type === "rooms/renamed" && state[action.id]) {
    return { ...state, [action.id]: { ...state[action.id], name: action.name } };
  }
  return state;
}

function meta(state = { revision: 0, lastEditor: null, lastEditAt: null }, action) {
  if (action.type.startsWith("furniture/") || action.type.startsWith("rooms/")) {
    return {
      revision: state.revision + 1,
      lastEditor: action.editor ?? null,
      lastEditAt: action.at,
    };
  }
  return state;
}

module.exports = { planReducer: combineReducers({ furniture, rooms, meta }) };
