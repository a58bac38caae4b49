/** beforeSend hooks: each takes a message and returns (or resolves to) the message to send. */
export const passThrough = (msg) => msg;

export function chain(first, next) {
  return async (msg) => next(await first(msg));
}

export function footerHook({ footer }) {
  return (msg) => ({
    ...msg,
    html: msg.html.replace(/<footer>[\s\S]*<\/footer>$/, "") + `<footer>${footer}</footer>`,
  });
}

export function trackingHook({ trackingDomain }) {
  return (msg) => ({
    ...msg,
    html: msg.html.replace(
      /href="(https?:\/\/[^"]+)"/g,
      (_m, url) => `href="https://${trackingDomain}/c?u=${encodeURIComponent(url)}"`,
    ),
  });
}

export function unsubscribeHook({ unsubscribeMailto }) {
  return (msg) => ({
    ...msg,
    headers: { ...msg.headers, "List-Unsubscribe": `<mailto:${unsubscribeMailto}>` },
  });
}

/** Which hook each setting drives. */
export const HOOKS_BY_SETTING = {
  footer: footerHook,
  trackingDomain: trackingHook,
  unsubscribeMailto: unsubscribeHook,
};
