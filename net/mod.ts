/**
 * Network rules every layer that talks to the program shares (`inspector/`, `workloads/`,
 * `tools/`): which hosts are this machine's loopback, reading an HTTP body without trusting
 * the server about its size, and showing a URL without its credentials. Imports nothing of the
 * product.
 *
 * @module
 */

export { readBodyUpTo } from "./http_body.ts";
export { isLoopbackHost } from "./loopback.ts";
export { displayUrl, maskCredentials } from "./url_display.ts";
