/** Stand-in for the directory database (one round trip per query). */
export interface UserRow {
  id: string;
  name: string;
  email: string;
  title: string;
  location: string;
  bio: string;
  skills: string[];
  managerId: string | null;
}

export class DirectoryDb {
  queries = 0;

  async usersByIds(ids: readonly string[]): Promise<(UserRow | undefined)[]> {
    this.queries++;
    await new Promise((r) => setTimeout(r, 1));
    return ids.map((id) => {
      const m = /^u-(\d+)-(\d+)$/.exec(id);
      if (!m) return undefined;
      const [team, seat] = [m[1], Number(m[2])];
      return {
        id,
        name: `Member ${seat} of team ${team}`,
        email: `member${seat}.team${team}@example.com`,
        title: ["Engineer", "Designer", "Product manager", "Engineering manager"][seat % 4],
        location: ["Amsterdam", "Berlin", "Lisbon"][seat % 3],
        bio:
          `Works on team ${team}. Previously at a logistics start-up; likes type systems, bouldering and long train journeys.`,
        skills: ["typescript", "postgres", "observability"].slice(0, 1 + (seat % 3)),
        managerId: seat === 1 ? null : `u-${team}-1`,
      };
    });
  }
}
