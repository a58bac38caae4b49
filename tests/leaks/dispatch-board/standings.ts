/** Drivers ranked by jobs finished today, best first. */

export interface Standing {
  driver: string;
  finished: number;
  minutesOnJobs: number;
}

export class Standings {
  #rows: Standing[] = [];
  #byDriver = new Map<string, Standing>();

  constructor(drivers: string[]) {
    for (const driver of drivers) {
      const row = { driver, finished: 0, minutesOnJobs: 0 };
      this.#rows.push(row);
      this.#byDriver.set(driver, row);
    }
  }

  #place(row: Standing): void {
    let at = this.#rows.findIndex((r) =>
      r.finished < row.finished || (r.finished === row.finished && r.driver > row.driver)
    );
    if (at === -1) at = this.#rows.length;
    this.#rows.splice(at, 0, row);
  }

  recordFinished(driver: string, minutes: number): Standing {
    const current = this.#byDriver.get(driver);
    if (!current) throw new Error(`unknown driver ${driver}`);
    const at = this.#rows.indexOf(current);
    if (at !== -1) this.#rows.splice(at, 1);
    const row = {
      driver,
      finished: current.finished + 1,
      minutesOnJobs: current.minutesOnJobs + minutes,
    };
    this.#place(row);
    this.#byDriver.set(driver, row);
    return row;
  }

  top(limit: number): (Standing & { rank: number })[] {
    return this.#rows.slice(0, limit).map((row, i) => ({ rank: i + 1, ...row }));
  }
}
