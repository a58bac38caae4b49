import { DataLoader } from "./loader.ts";
import { DirectoryDb, type UserRow } from "./db.ts";

export const db = new DirectoryDb();

// One loader for the whole process, so concurrent requests share a batch.
export const userLoader = new DataLoader<string, UserRow>(async (ids) => {
  const rows = await db.usersByIds(ids);
  return rows.map((row, n) => row ?? new Error(`no user ${ids[n]}`));
});

export class TeamResolver {
  constructor(readonly teamId: string, readonly size: number) {}

  memberIds(): string[] {
    return Array.from({ length: this.size }, (_, n) => `u-${this.teamId}-${n + 1}`);
  }

  async members() {
    const users = await userLoader.loadMany(this.memberIds());
    return Promise.all(users.map(async (user) => ({
      id: user.id,
      name: user.name,
      title: user.title,
      manager: user.managerId ? (await userLoader.load(user.managerId)).name : null,
    })));
  }
}
