// deno-lint-ignore-file no-var -- an ES5 codebase
"use strict";

// Progress reporting shared by the long-running job types (payslips, P60s, pension exports).
// Mix it into a job constructor: Object.assign(Job.prototype, progress). A job records its
// steps with this.step(name, detail) and the status page reads them back with stepsOf(id).
var progress = {
  steps: [],

  step: function (name, detail) {
    var entry = { job: this.id, name: name, detail: detail, at: Date.now() };
    this.steps.push(entry);
    this.lastStep = name;
    return entry;
  },

  stepsOf: function (jobId) {
    return this.steps.filter(function (s) {
      return s.job === jobId;
    });
  },

  elapsed: function () {
    var mine = this.stepsOf(this.id);
    if (mine.length < 2) return 0;
    return mine[mine.length - 1].at - mine[0].at;
  },
};

module.exports = progress;
