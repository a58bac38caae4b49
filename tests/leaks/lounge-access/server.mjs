import http from "node:http";
import { handle } from "./routes.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

http.createServer(handle).listen(port, "127.0.0.1", () => {
  console.log(`lounge access on 127.0.0.1:${port}`);
});
