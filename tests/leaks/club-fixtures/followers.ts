export interface Follower {
  id: string;
  match: string;
  member: string;
  push: string;
  since: string;
}

/** Members who get a push message on every goal of a match. */
class Followers {
  #byMatch = new Map<string, Follower[]>();
  #seq = 0;

  follow(match: string, member: string, push: string): Follower {
    const follower = {
      id: `F${++this.#seq}`,
      match,
      member,
      push,
      since: new Date().toISOString(),
    };
    const list = this.#byMatch.get(match);
    if (list) list.push(follower);
    else this.#byMatch.set(match, [follower]);
    return follower;
  }

  of(match: string): readonly Follower[] {
    return this.#byMatch.get(match) ?? [];
  }

  unfollow(match: string, id: string): void {
    const list = this.#byMatch.get(match);
    if (!list) return;
    const index = list.findIndex((f) => f.id === id);
    if (index !== -1) list.splice(index, 1);
    if (list.length === 0) this.#byMatch.delete(match);
  }

  /** The match is over: nobody follows it any more. */
  forget(match: string): number {
    const count = this.of(match).length;
    this.#byMatch.delete(match);
    return count;
  }
}

export const followers = new Followers();
