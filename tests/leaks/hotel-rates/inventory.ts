/** Stand-in for the channel manager's availability API (answers after a short delay). */
export class InventoryClient {
  #allotments = new Map<string, number>([
    ["canal-house/double", 14],
    ["canal-house/suite", 3],
    ["harbour-inn/single", 9],
    ["harbour-inn/double", 21],
  ]);

  async availability(hotel: string, room: string, nights: string[]): Promise<Map<string, number>> {
    await new Promise((resolve) => setTimeout(resolve, 2));
    const left = this.#allotments.get(`${hotel}/${room}`) ?? 0;
    return new Map(nights.map((night, n) => [night, Math.max(0, left - (n % 3))]));
  }
}
