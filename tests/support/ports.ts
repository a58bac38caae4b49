/**
 * Free loopback TCP ports for tests: never assume 9229/8086 are free. The demo's helper is the
 * one implementation (listen on 127.0.0.1:0, read the port, close).
 *
 * @module
 */

export { freePort } from "../../demo/processes.ts";
