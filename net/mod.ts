/**
 * Network rules every layer that talks to the program shares (`inspector/`, `workloads/`,
 * `tools/`): which hosts are this machine's loopback, and reading an HTTP body without trusting
 * the server about its size. Imports nothing of the product.
 *
 * @module
 */

export { readBodyUpTo } from "./http_body.ts";
export { isLoopbackHost } from "./loopback.ts";
