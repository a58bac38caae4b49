export interface ChatLine {
  at: string;
  player: string;
  text: string;
}

export interface EmoteEvent {
  at: string;
  player: string;
  emote: string;
}

const MAX_LINES = 40;
const EMOTES = new Set(["gg", "wave", "thumbs_up", "laugh", "salute", "facepalm"]);

export class LobbyError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

/** The shared lobby rooms, each with the tail of its chat and emote feed. */
class Room {
  lines: ChatLine[] = [];
  emotes: EmoteEvent[] = [];
  constructor(public id: string, public title: string) {}

  say(player: string, text: string): ChatLine {
    const clean = text.trim().slice(0, 200);
    if (!clean) throw new LobbyError(400, "empty message");
    const line = { at: new Date().toISOString(), player, text: clean };
    this.lines.push(line);
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
    return line;
  }

  emote(player: string, emote: string): EmoteEvent {
    if (!EMOTES.has(emote)) throw new LobbyError(400, `unknown emote ${emote}`);
    const ev = { at: new Date().toISOString(), player, emote };
    this.emotes.push(ev);
    if (this.emotes.length > MAX_LINES) this.emotes.splice(0, this.emotes.length - MAX_LINES);
    return ev;
  }
}

export const rooms = new Map<string, Room>([
  ["eu-casual", new Room("eu-casual", "EU casual")],
  ["eu-ranked", new Room("eu-ranked", "EU ranked")],
  ["na-casual", new Room("na-casual", "NA casual")],
]);
