"use strict";

module.exports = {
  // how many sign-ins the "Recent activity" page shows per account
  RECENT_SIGNIN_LIMIT: 25,
  // failed attempts before we ask for a captcha
  CAPTCHA_AFTER_FAILURES: 3,
  SESSION_COOKIE: "acct_sid",
};
