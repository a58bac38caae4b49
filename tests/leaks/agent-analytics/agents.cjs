"use strict";
// User-agent classification for the analytics ingest. Parsing a UA string with the rule
// table below costs a few dozen regex tests, and the same browsers send the same strings all
// day, so the classifier is memoized on the raw string.
const memoize = require("memoizee");

const BROWSERS = [
  { family: "Edge", re: /Edg(?:e|A|iOS)?\/(\d+)(?:\.(\d+))?/ },
  { family: "Opera", re: /OPR\/(\d+)(?:\.(\d+))?/ },
  { family: "Samsung Internet", re: /SamsungBrowser\/(\d+)(?:\.(\d+))?/ },
  { family: "Chrome", re: /(?:Chrome|CriOS)\/(\d+)(?:\.(\d+))?/ },
  { family: "Firefox", re: /(?:Firefox|FxiOS)\/(\d+)(?:\.(\d+))?/ },
  { family: "Safari", re: /Version\/(\d+)(?:\.(\d+))?.*Safari\// },
  { family: "ShopApp", re: /ShopApp\/(\d+)\.(\d+)/ },
];

const SYSTEMS = [
  { os: "iOS", re: /(?:iPhone|iPad).*? OS (\d+)[_.](\d+)/ },
  { os: "Android", re: /Android (\d+)(?:\.(\d+))?/ },
  { os: "Windows", re: /Windows NT (\d+)\.(\d+)/ },
  { os: "macOS", re: /Mac OS X (\d+)[_.](\d+)/ },
  { os: "Linux", re: /Linux/ },
];

const BOTS = /bot|crawler|spider|slurp|headless|lighthouse|pingdom/i;

function classify(ua) {
  const result = {
    family: "Other",
    major: 0,
    minor: 0,
    os: "Other",
    osVersion: "",
    device: "desktop",
    bot: BOTS.test(ua),
  };
  for (const { family, re } of BROWSERS) {
    const m = re.exec(ua);
    if (m) {
      result.family = family;
      result.major = Number(m[1]);
      result.minor = Number(m[2] ?? 0);
      break;
    }
  }
  for (const { os, re } of SYSTEMS) {
    const m = re.exec(ua);
    if (m) {
      result.os = os;
      result.osVersion = m[1] ? `${m[1]}.${m[2] ?? 0}` : "";
      break;
    }
  }
  if (/iPad|Tablet/.test(ua)) result.device = "tablet";
  else if (/Mobile|iPhone|Android/.test(ua)) result.device = "mobile";
  return result;
}

// One entry per distinct user-agent string; "primitive" because the argument is a string.
const classifyAgent = memoize(classify, { primitive: true });

module.exports = { classifyAgent };
