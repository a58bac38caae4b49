// deno-lint-ignore-file no-this-alias no-var -- an ES5 codebase
"use strict";

var progress = require("./progress.cjs");

var TAX_BANDS = [
  { upTo: 1048, rate: 0 },
  { upTo: 4189, rate: 0.2 },
  { upTo: 10428, rate: 0.4 },
  { upTo: Infinity, rate: 0.45 },
];

function money(n) {
  return n.toFixed(2);
}

// Payroll figures come from the payroll engine; here a deterministic stand-in, called the way
// the engine's client is (callback last, asynchronously).
function fetchFigures(employee, period, callback) {
  setImmediate(function () {
    if (!employee.id) return callback(new Error("employee id missing"));
    if (!/^\d{4}-\d{2}$/.test(period)) return callback(new Error("period must be YYYY-MM"));
    var gross = employee.salary / 12;
    var tax = 0;
    var lower = 0;
    TAX_BANDS.forEach(function (band) {
      var slice = Math.max(0, Math.min(gross, band.upTo) - lower);
      tax += slice * band.rate;
      lower = band.upTo;
    });
    var pension = gross * (employee.pensionRate || 0.05);
    callback(null, { gross: gross, tax: tax, pension: pension, net: gross - tax - pension });
  });
}

module.exports = function createRenderer(options) {
  var company = options.company;
  var seq = 0;

  function PayslipJob(employee, period) {
    this.id = "job-" + ++seq;
    this.employee = employee;
    this.period = period;
    this.status = "queued";
    this.createdAt = Date.now();
  }
  Object.assign(PayslipJob.prototype, progress);

  PayslipJob.prototype.run = function (callback) {
    var self = this;
    self.status = "running";
    self.step("validate", self.employee.id + " " + self.employee.name + " for " + self.period);
    fetchFigures(self.employee, self.period, function (err, figures) {
      if (err) {
        self.status = "failed";
        return callback(err);
      }
      self.step(
        "compute",
        "gross " + money(figures.gross) + ", tax " + money(figures.tax) + ", net " +
          money(figures.net),
      );
      var lines = [
        company + " - payslip " + self.period,
        "Employee: " + self.employee.name + " (" + self.employee.id + ")",
        "Gross pay:  " + money(figures.gross),
        "Income tax: " + money(figures.tax),
        "Pension:    " + money(figures.pension),
        "Net pay:    " + money(figures.net),
      ];
      self.step("layout", lines.length + " lines, " + lines.join("\n").length + " chars");
      self.status = "done";
      callback(null, { job: self.id, text: lines.join("\n"), net: money(figures.net) });
    });
  };

  PayslipJob.prototype.summary = function () {
    return {
      id: this.id,
      employee: this.employee.id,
      period: this.period,
      status: this.status,
      steps: this.stepsOf(this.id).map(function (s) {
        return s.name + ": " + s.detail;
      }),
      ms: this.elapsed(),
    };
  };

  return {
    render: function (employee, period, callback) {
      var job = new PayslipJob(employee, period);
      job.run(function (err, doc) {
        callback(err, doc, job);
      });
      return job;
    },
  };
};
