// Redis connections (ioredis-mock in this build: same API, in-process). A connection in
// subscriber mode can run nothing else, so pub/sub gets its own.
const Redis = require("ioredis-mock");

const redis = new Redis({ keyPrefix: "" });
const subscriber = redis.duplicate();
const workerConn = redis.duplicate();

module.exports = { redis, subscriber, workerConn };
