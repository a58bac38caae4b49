import { ConfigAware } from "./config.mjs";

const DAY = 86_400_000;

/** Discount rules shared by everything that prices seats. */
export const Discounting = (Base) =>
  class extends Base {
    earlyBird(seminarDate, bookedOn) {
      const days = (Date.parse(seminarDate) - Date.parse(bookedOn)) / DAY;
      return days >= this.settings.earlyBirdDays ? this.settings.earlyBirdDiscount : 0;
    }

    group(seats) {
      return seats >= this.settings.groupSize ? this.settings.groupDiscount : 0;
    }

    member(isMember) {
      return isMember ? this.settings.memberDiscount : 0;
    }
  };

const money = (n) => Math.round(n * 100) / 100;

/**
 * Prices a booking for a seminar. Holds the seats while the customer looks at the price, so the
 * quote cannot be for seats someone else has just taken.
 */
export class SeatPricer extends Discounting(ConfigAware) {
  #hold;

  constructor(seminar, { attendees, member = false, bookedOn = new Date().toISOString() }) {
    super();
    this.seminar = seminar;
    this.attendees = attendees;
    this.isMember = member;
    this.bookedOn = bookedOn;
    this.#hold = seminar.hold(attendees.length);
    this.lines = this.#price();
  }

  onSettingsChanged() {
    this.lines = this.#price();
  }

  #price() {
    const seats = this.attendees.length;
    const lines = [{
      text: `${seats} × ${this.seminar.title}`,
      amount: money(seats * this.seminar.seatPrice),
    }];
    const gross = lines[0].amount;
    const rules = [
      ["Early bird", this.earlyBird(this.seminar.date, this.bookedOn)],
      ["Group", this.group(seats)],
      ["Member", this.member(this.isMember)],
    ];
    for (const [text, rate] of rules) {
      if (rate > 0) {
        lines.push({ text: `${text} (${Math.round(rate * 100)}%)`, amount: -money(gross * rate) });
      }
    }
    const net = lines.reduce((n, l) => n + l.amount, 0);
    lines.push({
      text: `VAT ${Math.round(this.settings.vatRate * 100)}%`,
      amount: money(net * this.settings.vatRate),
    });
    return lines;
  }

  get total() {
    return money(this.lines.reduce((n, l) => n + l.amount, 0));
  }

  quote() {
    return {
      seminar: this.seminar.id,
      seats: this.attendees.length,
      lines: this.lines,
      total: this.total,
      settingsVersion: this.settings.version,
    };
  }

  dispose() {
    this.#hold?.release();
    this.#hold = undefined;
  }
}
