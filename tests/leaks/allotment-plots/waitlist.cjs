"use strict";

/**
 * Who is waiting for which plot: applicants list the plots they would take, kept as edges both
 * ways (plot → applicants for the committee, applicant → plots for the applicant's page).
 */
class Waitlist {
  constructor() {
    this.applicants = new Map();
    this.byPlot = new Map();
    this.byApplicant = new Map();
  }

  apply(applicant, plots) {
    this.applicants.set(applicant.id, applicant);
    const wanted = new Map();
    for (const plot of plots) {
      const entry = { applicant: applicant.id, plot, since: Date.now() };
      wanted.set(plot, entry);
      if (!this.byPlot.has(plot)) this.byPlot.set(plot, new Map());
      this.byPlot.get(plot).set(applicant.id, entry);
    }
    this.byApplicant.set(applicant.id, wanted);
  }

  queueFor(plot) {
    return [...(this.byPlot.get(plot)?.values() ?? [])].sort((a, b) => a.since - b.since);
  }

  /** Assigned a plot (or withdrew): off every plot's queue. */
  remove(applicantId) {
    for (const plot of this.byApplicant.get(applicantId)?.keys() ?? []) {
      const queue = this.byPlot.get(plot);
      queue?.delete(applicantId);
      if (queue?.size === 0) this.byPlot.delete(plot);
    }
    this.byApplicant.delete(applicantId);
    return this.applicants.delete(applicantId);
  }
}

module.exports = { Waitlist };
