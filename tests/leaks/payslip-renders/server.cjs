// deno-lint-ignore-file no-inner-declarations no-var -- an ES5 codebase
"use strict";

var http = require("node:http");
var createRenderer = require("./renderer.cjs");

var portArg = process.argv.slice(2).find(function (a) {
  return a.indexOf("--port=") === 0;
});
var port = portArg ? Number(portArg.split("=")[1]) : 3000;

var renderer = createRenderer({ company: "Harbour & Finch Ltd" });

// The last few jobs, for the status page (GET /jobs/latest, /jobs/:id).
var RECENT = 20;
var recentJobs = [];
var rendered = 0;

function log() {
  var args = Array.prototype.slice.call(arguments);
  if (process.env.PAYSLIP_DEBUG) console.log.apply(console, ["[payslips]"].concat(args));
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req, callback) {
  var raw = "";
  req.setEncoding("utf8");
  req.on("data", function (chunk) {
    raw += chunk;
  });
  req.on("end", function () {
    try {
      callback(null, raw ? JSON.parse(raw) : {});
    } catch (err) {
      callback(err);
    }
  });
}

function remember(job) {
  recentJobs.push(job);
  if (recentJobs.length > RECENT) recentJobs.shift();
}

http.createServer(function (req, res) {
  var url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/payslips" && req.method === "POST") {
    return readJson(req, function (err, body) {
      if (err) return send(res, 400, { error: "invalid json" });
      if (!body.employee || !body.period) {
        return send(res, 400, { error: "employee and period required" });
      }
      var job = renderer.render(body.employee, body.period, function (err, doc) {
        if (err) return send(res, 422, { error: err.message, job: job.id });
        rendered++;
        log("rendered", doc.job, body.employee.id);
        send(res, 201, doc);
      });
      remember(job);
    });
  }

  if (url.pathname === "/jobs/latest") {
    var last = recentJobs[recentJobs.length - 1];
    return last ? send(res, 200, last.summary()) : send(res, 404, { error: "no jobs yet" });
  }
  var m = /^\/jobs\/(job-\d+)$/.exec(url.pathname);
  if (m) {
    var found = recentJobs.filter(function (j) {
      return j.id === m[1];
    })[0];
    return found ? send(res, 200, found.summary()) : send(res, 404, { error: "unknown job" });
  }
  if (url.pathname === "/stats") return send(res, 200, { rendered: rendered });
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", function () {
  console.log("payslip renderer on 127.0.0.1:" + port);
});
