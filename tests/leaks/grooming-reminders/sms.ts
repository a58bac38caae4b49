import type { Appointment } from "./appointments.ts";

const SALON = "Wash & Wag, 14 Mill Street";

function when(at: Date) {
  return at.toLocaleString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  });
}

/** The reminder text for an appointment, `leadHours` before it starts. */
export function reminderText(appointment: Appointment, leadHours: number) {
  const { dog, owner, groomer } = appointment;
  const services = appointment.services.map((s) => s.name.toLowerCase()).join(", ");
  const opening = leadHours >= 24
    ? `Hi ${owner.name}, just a reminder that ${dog.name} is booked in with ${groomer} on ${
      when(appointment.start)
    } for ${services} (£${appointment.price}).`
    : `Hi ${owner.name}, see you and ${dog.name} at ${
      appointment.start.toISOString().slice(11, 16)
    } today!`;
  return `${opening} ${SALON}. Reply C to cancel, or call 01632 960 412.`;
}

/** The SMS gateway stand-in: counts what would be sent. */
export const gateway = {
  sent: 0,
  failed: 0,
  send(to: string, text: string) {
    if (!/^\+?[0-9 ]{10,15}$/.test(to)) {
      this.failed++;
      return false;
    }
    this.sent += Math.ceil(text.length / 160);
    return true;
  },
};
