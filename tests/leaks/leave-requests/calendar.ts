/** Who is off on which day, per team, for the team calendar and cover planning. */
export class TeamCalendar {
  #days = new Map<string, Map<string, Set<string>>>();

  book(team: string, days: string[], requestId: string) {
    let byDay = this.#days.get(team);
    if (!byDay) {
      byDay = new Map();
      this.#days.set(team, byDay);
    }
    for (const day of days) {
      let off = byDay.get(day);
      if (!off) {
        off = new Set();
        byDay.set(day, off);
      }
      off.add(requestId);
    }
  }

  release(team: string, days: string[], requestId: string) {
    const byDay = this.#days.get(team);
    if (!byDay) return;
    for (const day of days) {
      const off = byDay.get(day);
      if (!off) continue;
      off.delete(requestId);
      if (off.size === 0) byDay.delete(day);
    }
    if (byDay.size === 0) this.#days.delete(team);
  }

  month(team: string, month: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [day, off] of this.#days.get(team) ?? []) {
      if (day.startsWith(month)) out[day] = off.size;
    }
    return out;
  }
}
