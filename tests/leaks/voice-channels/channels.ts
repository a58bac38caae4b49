import { type Member, Roster } from "./roster.ts";

export interface Channel {
  id: string;
  name: string;
  bitrate: number;
  limit: number;
  roster: Roster;
}

function channel(id: string, name: string, bitrate: number, limit: number): Channel {
  return { id, name, bitrate, limit, roster: new Roster(id) };
}

export const channels = new Map<string, Channel>([
  ["lounge", channel("lounge", "The Lounge", 64_000, 99)],
  ["raid-night", channel("raid-night", "Raid Night", 96_000, 25)],
  ["study-hall", channel("study-hall", "Study Hall (quiet)", 32_000, 40)],
]);

const AVATARS = "https://cdn.hearth.example/avatars";

export function newMember(
  id: string,
  name: string,
  client: Member["client"],
): Member {
  const member: Member = {
    id,
    name,
    avatar: `${AVATARS}/${encodeURIComponent(id)}.webp`,
    client,
    muted: false,
    deafened: false,
    streaming: false,
    joinedAt: Date.now(),
  };
  return member;
}

// the server's own bots sit in the lounge all day
for (const [id, name] of [["bot-jukebox", "Jukebox"], ["bot-modmail", "ModMail"]]) {
  const bot = newMember(id, name, "desktop");
  channels.get("lounge")!.roster.join({ ...bot, muted: true });
}
