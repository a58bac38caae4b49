/**
 * The visitor's address. Behind the application gateway the socket is the gateway's, and
 * the visitor is the first entry of X-Forwarded-For.
 */
export function clientAddress(req) {
  const forwarded = req.headers["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded.length > 0) return forwarded.split(",")[0].trim();
  return req.socket.remoteAddress ?? "unknown";
}
