// One client per airline. After a run of failures it stops calling the airline for a while and
// fails fast; the last error is kept for the status page.

const TRIP_AFTER = 5;
const COOL_DOWN_MS = 30_000;

export class PartnerError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "PartnerError";
  }
}

export class PartnerUnavailable extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "PartnerUnavailable";
  }
}

export class PartnerClient {
  constructor(code, api) {
    this.code = code;
    this.api = api;
    this.calls = 0;
    this.consecutiveFailures = 0;
    this.lastError = null;
    this.lastErrorAt = 0;
    this.lastSuccessAt = 0;
  }

  get tripped() {
    return this.consecutiveFailures >= TRIP_AFTER && Date.now() - this.lastErrorAt < COOL_DOWN_MS;
  }

  async flightStatus(flight, date) {
    try {
      if (this.tripped) {
        throw new PartnerUnavailable(`${this.code} is failing, not calling it`, {
          cause: this.lastError,
        });
      }
      this.calls++;
      let status;
      try {
        status = await this.api.flightStatus(flight, date);
      } catch (err) {
        throw new PartnerError(`${this.code} status for ${flight} on ${date} failed`, {
          cause: err,
        });
      }
      this.consecutiveFailures = 0;
      this.lastSuccessAt = Date.now();
      return status;
    } catch (err) {
      this.consecutiveFailures++;
      this.lastError = err;
      this.lastErrorAt = Date.now();
      throw err;
    }
  }

  health() {
    return {
      code: this.code,
      calls: this.calls,
      tripped: this.tripped,
      consecutiveFailures: this.consecutiveFailures,
      lastError: this.lastError?.message ?? null,
      rootCause: this.lastError?.cause?.message ?? null,
      lastSuccessAt: this.lastSuccessAt ? new Date(this.lastSuccessAt).toISOString() : null,
    };
  }
}
