export interface PitchBooking {
  match: string;
  pitch: string;
  team: string;
  kickoff: string;
  bookedAt: string;
}

const PITCHES = new Set(["veld-1", "veld-2", "kunstgras-3"]);

/** Pitch bookings for matches, one per match and pitch, keyed "match|pitch". */
class PitchPlanner {
  #bookings = new Map<string, PitchBooking>();

  static key(match: string, pitch: string): string {
    return `${match}|${pitch}`;
  }

  book(match: string, pitch: string, team: string, kickoff: string): PitchBooking | string {
    if (!PITCHES.has(pitch)) return `no pitch ${pitch}`;
    const key = PitchPlanner.key(match, pitch);
    if (this.#bookings.has(key)) return `${pitch} is already booked for ${match}`;
    const booking = { match, pitch, team, kickoff, bookedAt: new Date().toISOString() };
    this.#bookings.set(key, booking);
    return booking;
  }

  release(match: string, pitch: string): boolean {
    return this.#bookings.delete(PitchPlanner.key(match, pitch));
  }

  inUse(): number {
    return this.#bookings.size;
  }
}

export const pitchPlanner = new PitchPlanner();
