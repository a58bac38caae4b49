import notice from "./node_modules/deprecation-notice/index.js";

// Old app builds (before 5.0) still read and send the pre-2023 field names. Every notice says
// which request and client it came from, so support can tell the member which update to take.
export function deprecated(ctx, what, { code, since }) {
  notice(
    `${ctx.method} ${ctx.path}: ${what} (request ${ctx.requestId}, ${ctx.client})`,
    { code, since },
  );
}

export { summary } from "./node_modules/deprecation-notice/index.js";
