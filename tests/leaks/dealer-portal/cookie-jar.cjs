"use strict";

// A small RFC 6265 cookie jar for server-to-server sessions: stores what Set-Cookie says and
// sends back the cookies whose domain and path match a request.

function parseSetCookie(header, requestUrl) {
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  const eq = pair.indexOf("=");
  if (eq <= 0) return undefined;
  const defaultPath = requestUrl.pathname.slice(0, requestUrl.pathname.lastIndexOf("/")) || "/";
  const cookie = {
    name: pair.slice(0, eq),
    value: pair.slice(eq + 1),
    domain: requestUrl.hostname,
    hostOnly: true,
    path: defaultPath,
    secure: false,
    httpOnly: false,
    sameSite: "Lax",
    expiresAt: Infinity,
    createdAt: Date.now(),
  };
  for (const attribute of attributes) {
    const [rawKey, ...rest] = attribute.split("=");
    const key = rawKey.toLowerCase();
    const value = rest.join("=");
    if (key === "path" && value.startsWith("/")) cookie.path = value;
    else if (key === "domain" && value) {
      cookie.domain = value.replace(/^\./, "").toLowerCase();
      cookie.hostOnly = false;
    } else if (key === "max-age") cookie.expiresAt = Date.now() + Number(value) * 1000;
    else if (key === "expires" && cookie.expiresAt === Infinity) {
      cookie.expiresAt = Date.parse(value);
    } else if (key === "secure") cookie.secure = true;
    else if (key === "httponly") cookie.httpOnly = true;
    else if (key === "samesite") cookie.sameSite = value;
  }
  return cookie;
}

function domainMatches(cookie, hostname) {
  if (cookie.hostOnly) return hostname === cookie.domain;
  return hostname === cookie.domain || hostname.endsWith(`.${cookie.domain}`);
}

function pathMatches(cookie, pathname) {
  if (pathname === cookie.path) return true;
  if (!pathname.startsWith(cookie.path)) return false;
  return cookie.path.endsWith("/") || pathname[cookie.path.length] === "/";
}

class CookieJar {
  constructor() {
    this.cookies = new Map();
  }

  store(setCookieHeaders, requestUrl) {
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(header, requestUrl);
      if (!cookie) continue;
      const key = `${cookie.domain};${cookie.path};${cookie.name}`;
      if (cookie.expiresAt <= Date.now()) this.cookies.delete(key);
      else this.cookies.set(key, cookie);
    }
  }

  headerFor(requestUrl) {
    const now = Date.now();
    const pairs = [];
    for (const [key, cookie] of this.cookies) {
      if (cookie.expiresAt <= now) {
        this.cookies.delete(key);
        continue;
      }
      if (cookie.secure && requestUrl.protocol !== "https:") continue;
      if (domainMatches(cookie, requestUrl.hostname) && pathMatches(cookie, requestUrl.pathname)) {
        pairs.push(`${cookie.name}=${cookie.value}`);
      }
    }
    return pairs.join("; ");
  }

  get size() {
    return this.cookies.size;
  }
}

module.exports = { CookieJar };
