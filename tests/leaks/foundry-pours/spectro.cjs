"use strict";

const { jsonflow } = require("./vendor/jsonflow/index.cjs");
const { FURNACES, MeltError, recordAnalysis } = require("./heats.cjs");

// Each furnace's spectrometer streams its analyses as one open JSON document,
// {"furnace":"IF-2","analyses":[ {…}, {…}, …, forwarded by the lab PC a few analyses at a time.
// An analysis is taken out of the document once it is recorded (jsonflow.drop), so the parser
// holds only what it is still reading.

const feeds = new Map();

function feedFor(furnace) {
  let feed = feeds.get(furnace);
  if (feed) return feed;
  if (!FURNACES.includes(furnace)) throw new MeltError(404, `no furnace ${furnace}`);
  feed = jsonflow()
    .node("analyses.*", (analysis) => {
      recordAnalysis(analysis);
      return jsonflow.drop;
    })
    .fail(() => feeds.delete(furnace));
  feed.write(`{"furnace":${JSON.stringify(furnace)},"analyses":[`);
  feeds.set(furnace, feed);
  return feed;
}

function receive(furnace, text) {
  feedFor(furnace).write(text);
}

module.exports = { receive };
