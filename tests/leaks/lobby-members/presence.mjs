// Who is in which lobby. Lobby names are case-insensitive ("Lobby" and "lobby" are one).
const byLobby = new Map();

export function join(lobby, member) {
  const key = lobby.toLowerCase();
  let members = byLobby.get(key);
  if (!members) {
    members = new Map();
    byLobby.set(key, members);
  }
  members.set(member.id, member);
  return members.size;
}

export function leave(lobby, memberId) {
  const members = byLobby.get(lobby);
  if (!members) return false;
  return members.delete(memberId);
}

export function count(lobby) {
  return byLobby.get(lobby.toLowerCase())?.size ?? 0;
}
