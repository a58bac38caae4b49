// Booking confirmations by e-mail. The provider's API fails now and then (429s at peak), so
// sends are retried with backoff; after three attempts a message goes to the dead-letter list
// the box office checks.

const MAX_ATTEMPTS = 3;
const BASE_DELAY_MS = 15;
const MAX_DEAD_LETTERS = 20;

const queued = new Map();
const deadLetters = [];
let sent = 0;
let seq = 0;

function provider(message, attempt) {
  if (message.to.endsWith(".invalid")) return Promise.reject(new Error("550 mailbox unavailable"));
  if (attempt === 1 && message.seq % 3 === 0) return Promise.reject(new Error("429 slow down"));
  return Promise.resolve({ id: `msg-${message.seq}` });
}

function attempt(job) {
  job.attempts++;
  provider(job.message, job.attempts).then(() => {
    queued.delete(job.message.seq);
    sent++;
  }, (err) => {
    job.lastError = err.message;
    if (job.attempts >= MAX_ATTEMPTS) {
      queued.delete(job.message.seq);
      deadLetters.push({ to: job.message.to, subject: job.message.subject, error: err.message });
      if (deadLetters.length > MAX_DEAD_LETTERS) deadLetters.shift();
      return;
    }
    job.timer = setTimeout(() => attempt(job), BASE_DELAY_MS * 2 ** (job.attempts - 1));
  });
}

export function sendConfirmation(to, booking) {
  const message = {
    seq: ++seq,
    to,
    subject: `Your tickets: ${booking.title}`,
    body: `Booking ${booking.id}, ${booking.startsAt}, screen ${booking.screen}, seats ${
      booking.seats.join(", ")
    }.`,
  };
  const job = { message, attempts: 0, lastError: null, timer: null };
  queued.set(message.seq, job);
  attempt(job);
}

export function mailStats() {
  return { queued: queued.size, sent, deadLetters: deadLetters.slice(-5) };
}
