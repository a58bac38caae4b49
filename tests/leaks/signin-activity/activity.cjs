"use strict";

const { RECENT_SIGNINS, CAPTCHA_AFTER_FAILURES } = require("./config.cjs");

// rough GeoIP for the activity page; the real lookup is a MaxMind file on the box
function locate(ip) {
  if (ip.startsWith("127.") || ip === "::1" || ip.startsWith("::ffff:127.")) {
    return { city: "Local network", country: "GB" };
  }
  return { city: "Unknown", country: "??" };
}

function recordSignIn(account, { outcome, ip, userAgent, method, device }) {
  account.recentSignIns.push({
    at: new Date().toISOString(),
    outcome,
    method,
    ip,
    userAgent,
    device,
    location: locate(ip),
  });
  if (account.recentSignIns.length > RECENT_SIGNINS) {
    account.recentSignIns.splice(0, account.recentSignIns.length - RECENT_SIGNINS);
  }
  if (outcome === "failed") account.failedSince++;
  else account.failedSince = 0;
}

function needsCaptcha(account) {
  return account.failedSince >= CAPTCHA_AFTER_FAILURES;
}

function activityPage(account, limit = 10) {
  return account.recentSignIns.slice(-limit).reverse().map((e) => ({
    at: e.at,
    outcome: e.outcome,
    where: `${e.location.city}, ${e.location.country}`,
    device: e.device ?? e.userAgent,
  }));
}

module.exports = { recordSignIn, needsCaptcha, activityPage };
