export interface Room {
  id: string;
  name: string;
  sizeM2: number;
  maxPlayers: number;
  backline: string[];
  hourlyCents: number;
}

const room = (id: string, name: string, sizeM2: number, maxPlayers: number, gear: string) => ({
  id,
  name,
  sizeM2,
  maxPlayers,
  backline: gear.split(" "),
  hourlyCents: 600 + sizeM2 * 60,
});

// The studio's rooms, smallest first so a duo does not take the big room.
export const ROOMS: Room[] = [
  room("A", "Booth A", 12, 2, "keys"),
  room("B", "Booth B", 12, 2, "amp"),
  room("1", "Room 1", 20, 4, "drums amp"),
  room("2", "Room 2", 20, 4, "drums amp"),
  room("3", "Room 3", 24, 5, "drums amp pa"),
  room("4", "Room 4", 24, 5, "drums amp pa"),
  room("5", "Room 5", 28, 6, "drums amp pa"),
  room("6", "Room 6", 28, 6, "drums amp pa"),
  room("7", "Room 7", 32, 7, "drums amp pa keys"),
  room("8", "Room 8", 32, 7, "drums amp pa keys"),
  room("9", "Live room", 60, 10, "drums amp pa keys"),
  room("10", "Live room 2", 60, 10, "drums amp pa keys"),
];

export function suitable(players: number, needs: string[]): Room[] {
  return ROOMS.filter((r) => r.maxPlayers >= players && needs.every((n) => r.backline.includes(n)));
}
