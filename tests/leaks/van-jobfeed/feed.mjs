import { AckWindow } from "./vendor/ackwindow/index.mjs";

/**
 * The job feed to the drivers' app: each job gets its own channel of frames (the offer, changes,
 * the closing receipt). The app fetches whatever it has not acked, so a van that loses signal
 * in a tunnel gets it all again. A channel goes once the job is closed and the app has acked
 * everything on it.
 */
export class JobFeed {
  #channels = new Map();
  #stats = { frames: 0, retransmitted: 0, dropped: 0 };

  open(job) {
    const channel = {
      jobId: job.id,
      driver: job.driver,
      window: new AckWindow({ limit: 32 }),
      openedAt: Date.now(),
      lastAckAt: 0,
      closed: false,
    };
    this.#channels.set(job.id, channel);
    return channel;
  }

  send(jobId, type, body) {
    const channel = this.#channels.get(jobId);
    if (!channel || channel.closed) return null;
    this.#stats.frames++;
    return channel.window.push(type, body);
  }

  /** The closing frame; the channel stays until the app acks it. */
  close(jobId, receipt) {
    const channel = this.#channels.get(jobId);
    if (!channel || channel.closed) return null;
    const frame = channel.window.push("closed", receipt);
    this.#stats.frames++;
    channel.closed = true;
    return frame;
  }

  frames(jobId, driver) {
    const channel = this.#channels.get(jobId);
    if (!channel || channel.driver !== driver) return null;
    const frames = channel.window.take();
    for (const f of frames) if (f.attempts > 1) this.#stats.retransmitted++;
    return { job: jobId, acked: channel.window.acked, frames };
  }

  ack(jobId, driver, upTo) {
    const channel = this.#channels.get(jobId);
    if (!channel || channel.driver !== driver) return null;
    const released = channel.window.ack(upTo);
    channel.lastAckAt = Date.now();
    this.#dropIfDone(channel);
    return { job: jobId, released, acked: channel.window.acked };
  }

  #dropIfDone(channel) {
    if (channel.closed && channel.window.pending === 0) {
      this.#channels.delete(channel.jobId);
      this.#stats.dropped++;
    }
  }

  stats() {
    return { ...this.#stats, open: this.#channels.size };
  }
}
