// Outbound texts to owners, drained a few at a time so the SMS provider's rate limit holds.
// Lanes are drained in order, so "walk started" beats a receipt.
export class NotifyQueue {
  constructor(sender, { lanes = ["high", "normal", "low"], perTick = 200, every = 100 } = {}) {
    this.sender = sender;
    this.perTick = perTick;
    this.lanes = new Map();
    this.order = [];
    for (const name of lanes) this.addLane(name);
    this.sent = 0;
    this.failed = 0;
    this.draining = false;
    this.timer = setInterval(() => this.drain(), every);
    this.timer.unref();
  }

  addLane(name) {
    this.lanes.set(name, []);
    this.order.push(name);
  }

  enqueue(message, priority = "normal") {
    let lane = this.lanes.get(priority);
    if (!lane) {
      lane = [];
      this.lanes.set(priority, lane);
    }
    lane.push({ ...message, priority, queuedAt: Date.now() });
  }

  async drain() {
    if (this.draining) return;
    this.draining = true;
    let budget = this.perTick;
    try {
      for (const name of this.order) {
        const lane = this.lanes.get(name);
        while (budget > 0 && lane.length) {
          const message = lane.shift();
          budget--;
          try {
            await this.sender.send(message);
            this.sent++;
          } catch {
            this.failed++;
          }
        }
      }
    } finally {
      this.draining = false;
    }
  }

  depth() {
    return Object.fromEntries([...this.lanes].map(([name, lane]) => [name, lane.length]));
  }
}
