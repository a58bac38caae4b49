/**
 * How a URL is shown back to the user: without the credentials it may carry
 * (`http://user:secret@127.0.0.1/stats`), since answers end up in the model's transcript.
 *
 * @module
 */

/** `url` with any `user:password@` replaced by `***@`; other text unchanged. */
export function displayUrl(url: URL | string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return String(url);
  }
  if (!u.username && !u.password) return u.href;
  u.username = "***";
  u.password = "";
  return u.href;
}

/** `text` with the `user:password@` of `url` (as it may appear in an error) masked as `***@`. */
export function maskCredentials(text: string, url: URL | string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return text;
  }
  if (!u.username && !u.password) return text;
  const userinfo = u.password ? `${u.username}:${u.password}@` : `${u.username}@`;
  return text.split(userinfo).join("***@");
}
