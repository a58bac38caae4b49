/** A small structured logger: child loggers add bindings, transports decide where lines go. */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

export class Logger {
  constructor({ level = "info", bindings = {}, transports = [] } = {}) {
    this.level = level;
    this.bindings = bindings;
    this.transports = transports;
  }

  child(bindings) {
    return new Logger({
      level: this.level,
      bindings: { ...this.bindings, ...bindings },
      transports: this.transports,
    });
  }

  addTransport(transport) {
    this.transports.push(transport);
  }

  #write(level, msg, fields) {
    if (LEVELS[level] < LEVELS[this.level]) return;
    const line = { level, time: new Date().toISOString(), msg, ...this.bindings, ...fields };
    for (const transport of this.transports) {
      if (LEVELS[level] >= LEVELS[transport.minLevel ?? "debug"]) transport.write(line);
    }
  }

  debug(msg, fields) {
    this.#write("debug", msg, fields);
  }
  info(msg, fields) {
    this.#write("info", msg, fields);
  }
  warn(msg, fields) {
    this.#write("warn", msg, fields);
  }
  error(msg, fields) {
    this.#write("error", msg, fields);
  }
}

/** JSON lines to a stream (stdout in production, collected by the platform). */
export class StreamTransport {
  constructor(stream, minLevel = "info") {
    this.stream = stream;
    this.minLevel = minLevel;
  }
  write(line) {
    this.stream.write(JSON.stringify(line) + "\n");
  }
}

/** Keeps the first lines of one request, to attach to its error report if it fails. */
export class LineCapture {
  constructor(meta, max = 50) {
    this.meta = meta;
    this.max = max;
    this.lines = [];
  }
  write(line) {
    if (this.lines.length < this.max) this.lines.push(line);
  }
}
