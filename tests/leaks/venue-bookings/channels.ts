/** Where confirmed bookings are announced; the channels are reconfigured from the admin screen. */

export interface BookingNotice {
  holdId: string;
  room: string;
  date: string;
  organiser: string;
  total: number;
}

type Deliver = (notice: BookingNotice) => void;

interface Registration {
  channel: string;
  deliver: Deliver;
}

const SENT_LOG = 40;

export class ChannelHub {
  #registrations: Registration[] = [];
  #sent: { channel: string; text: string }[] = [];
  #version = 0;

  configure(config: Record<string, Record<string, unknown>>): string[] {
    // a new configuration replaces every registration of the old one
    this.#registrations = [];
    this.#version++;
    for (const [channel, options] of Object.entries(config)) {
      const deliver = this.#factory(channel, options);
      if (deliver) this.#registrations.push({ channel, deliver });
    }
    return this.#registrations.map((r) => r.channel);
  }

  #factory(channel: string, options: Record<string, unknown>): Deliver | null {
    const log = (text: string) => {
      this.#sent.push({ channel, text });
      if (this.#sent.length > SENT_LOG) this.#sent.splice(0, this.#sent.length - SENT_LOG);
    };
    if (channel === "email") {
      const to = String(options.to ?? "events@example.nl");
      return (n) => log(`mail ${to}: ${n.organiser} booked ${n.room} on ${n.date}`);
    }
    if (channel === "slack") {
      const target = String(options.channel ?? "#bookings");
      return (n) => log(`${target}: :tada: ${n.room} ${n.date} (EUR ${n.total / 100})`);
    }
    return null;
  }

  announce(notice: BookingNotice): number {
    for (const r of this.#registrations) r.deliver(notice);
    return this.#registrations.length;
  }

  describe() {
    return {
      version: this.#version,
      channels: this.#registrations.map((r) => r.channel),
      recent: this.#sent.slice(-5),
    };
  }
}
