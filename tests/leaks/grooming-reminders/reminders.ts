import type { Appointment } from "./appointments.ts";
import { gateway, reminderText } from "./sms.ts";

/** Hours before the appointment at which the owner gets a text. */
export const REMINDER_LEADS = [24, 2];

export class Reminder {
  readonly id: string;
  readonly appointmentRef: string;
  readonly dueAt: number;
  readonly to: string;
  readonly text: string;
  attempts = 0;

  constructor(readonly appointment: Appointment, readonly leadHours: number) {
    this.id = `${appointment.ref}/${leadHours}h`;
    this.appointmentRef = appointment.ref;
    this.dueAt = appointment.start.getTime() - leadHours * 3_600_000;
    this.to = appointment.owner.phone;
    this.text = reminderText(appointment, leadHours);
  }
}

/**
 * Texts waiting to go out, in the order they were scheduled. The salon books a few weeks
 * ahead, so the queue is a plain list scanned by the tick.
 */
export class ReminderQueue {
  #queue: Reminder[] = [];
  #sent = 0;

  scheduleFor(appointment: Appointment) {
    for (const lead of REMINDER_LEADS) {
      const reminder = new Reminder(appointment, lead);
      if (reminder.dueAt <= Date.now()) continue; // booked too late for this one
      this.#queue.push(reminder);
    }
  }

  /** Takes the appointment's texts off the queue (cancelled, or the dog is already in). */
  cancelFor(ref: string) {
    for (let i = 0; i < this.#queue.length; i++) {
      if (this.#queue[i].appointmentRef === ref) this.#queue.splice(i, 1);
    }
  }

  tick(now = Date.now()) {
    const due = this.#queue.filter((r) => r.dueAt <= now);
    for (const reminder of due) {
      reminder.attempts++;
      if (gateway.send(reminder.to, reminder.text) || reminder.attempts >= 3) {
        this.#queue.splice(this.#queue.indexOf(reminder), 1);
        this.#sent++;
      }
    }
  }

  pendingFor(ref: string) {
    return this.#queue.filter((r) => r.appointmentRef === ref).map((r) => ({
      id: r.id,
      dueAt: new Date(r.dueAt).toISOString(),
    }));
  }

  stats() {
    return { waiting: this.#queue.length, sent: this.#sent };
  }
}
