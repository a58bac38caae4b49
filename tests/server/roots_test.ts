/**
 * Which working directories become a read root: a project folder does; `/`, a home directory
 * and the folders holding home directories do not, and the server says so in its log line.
 */

import { workingDirectoryRefusal } from "../../server/roots.ts";
import { ServerState } from "../../server/state.ts";
import { assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("roots: / and home directories are not taken from the working directory", () => {
  const home = "/home/me";
  assertEquals(workingDirectoryRefusal("/", home), "it is the file system's root");
  assertEquals(workingDirectoryRefusal("/home/me", home), "it is a home directory");
  assertEquals(workingDirectoryRefusal("/home/other", home), "it is a home directory");
  assertEquals(workingDirectoryRefusal("/Users/me", undefined), "it is a home directory");
  assertEquals(workingDirectoryRefusal("/root", undefined), "it is a home directory");
  assertEquals(workingDirectoryRefusal("/srv/users", "/srv/users/me"), "it holds home directories");
  assertEquals(workingDirectoryRefusal("/srv/users/me", "/srv/users/me"), "it is a home directory");
  assertEquals(workingDirectoryRefusal("/home/me/proj", home), undefined);
  assertEquals(workingDirectoryRefusal("/work/main", home), undefined);
});

Deno.test("roots: the state's roots and the log line that names them", () => {
  const config = {
    snapshotDir: "/snaps",
    allowRemote: false,
    allowEval: false,
    roots: ["/lib"],
    targetTimeoutMs: 1000,
  };
  const inProject = new ServerState(config, "/work/app", "/home/me");
  assertEquals(inProject.allowedRoots, ["/work/app", "/snaps", "/lib"]);
  assertEquals(
    inProject.describeRoots(),
    "read roots: /work/app (working directory), /snaps (snapshot directory), /lib (--root)",
  );
  const fromSlash = new ServerState(config, "/", "/home/me");
  fromSlash.clientRoots = ["/client"];
  assertEquals(fromSlash.allowedRoots, ["/snaps", "/lib", "/client"]);
  assertMatch(
    fromSlash.describeRoots(),
    /\/client \(client root\); the working directory \/ is not one: it is the file system's root \(pass --root=DIR or declare MCP roots\)$/,
  );
});
