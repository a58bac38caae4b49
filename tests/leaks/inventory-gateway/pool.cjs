"use strict";

// A small keep-alive pool for line-protocol TCP backends (the stock daemon does not speak HTTP,
// so http.Agent is no help).

const net = require("node:net");

class ConnectionPool {
  constructor({ host, port, maxSockets = 8, connectTimeoutMs = 2000 }) {
    this.host = host;
    this.port = port;
    this.maxSockets = maxSockets;
    this.connectTimeoutMs = connectTimeoutMs;
    this.idle = [];
    this.active = new Set();
    this.waiting = [];
    this.created = 0;
  }

  async acquire() {
    // Skip connections the daemon has closed since they were released.
    const socket = this.idle.find((s) => !s.destroyed && s.writable);
    if (socket) {
      this.idle.splice(this.idle.indexOf(socket), 1);
      this.active.add(socket);
      return socket;
    }
    if (this.active.size >= this.maxSockets) {
      return new Promise((resolve) => this.waiting.push(resolve));
    }
    const fresh = await this.#connect();
    this.active.add(fresh);
    return fresh;
  }

  release(socket) {
    this.active.delete(socket);
    const next = this.waiting.shift();
    if (next) {
      this.active.add(socket);
      next(socket);
      return;
    }
    socket.removeAllListeners("data");
    this.idle.push(socket);
  }

  #connect() {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port });
      socket.setEncoding("utf8");
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`connect timeout ${this.host}:${this.port}`));
      }, this.connectTimeoutMs);
      socket.once("connect", () => {
        clearTimeout(timer);
        this.created++;
        resolve(socket);
      });
      socket.once("error", (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  stats() {
    return { idle: this.idle.length, active: this.active.size, created: this.created };
  }
}

module.exports = { ConnectionPool };
