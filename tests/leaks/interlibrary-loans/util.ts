/** One id or many (an array, a Set, any iterable) as an array of ids. */
export function idList(ids: string | Iterable<string>): string[] {
  return typeof ids === "string" ? [ids] : [...ids];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
