/** What the monitor needs to know about a transfer. */
export interface Transfer {
  id: string;
  size: number;
  received: number;
  startedAt: number;
}

/**
 * Live transfer view for the studio's ingest screen: what is uploading right now, and the
 * throughput of the last 50 finished uploads.
 */
export class TransferMonitor {
  #active: Transfer[] = [];
  #throughput: number[] = [];
  #finished = 0;

  start(upload: Transfer): void {
    this.#active.push(upload);
  }

  finish(upload: Transfer & { completedAt: number }): void {
    const seconds = Math.max(upload.completedAt - upload.startedAt, 1) / 1000;
    this.#throughput.push(upload.size / seconds);
    if (this.#throughput.length > 50) this.#throughput.shift();
    this.#finished++;
    this.#drop(upload);
  }

  abandon(upload: Transfer): void {
    this.#drop(upload);
  }

  #drop(upload: Transfer): void {
    const at = this.#active.indexOf(upload);
    if (at !== -1) this.#active.splice(at, 1);
  }

  view() {
    const avg = this.#throughput.length
      ? this.#throughput.reduce((a, b) => a + b, 0) / this.#throughput.length
      : 0;
    return {
      uploading: this.#active.length,
      finished: this.#finished,
      avgBytesPerSecond: Math.round(avg),
    };
  }
}
