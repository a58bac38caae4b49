/**
 * A linked structure's statements are its link writes: the one that takes a new node in, not
 * the new node's own link to the rest or a node's set-up; the unlink that skips a node, not the
 * new node taking the link it replaces.
 */

import {
  findLinkingStatements,
  findUnlinkingStatements,
} from "../../heap/analysis/source_links.ts";
import { assertEquals } from "../support/assert.ts";

const URL_ = "file:///app/queue.js";

const LIST = `class Job {
  constructor(at, name) {
    this.at = at;
    this.name = name;
    this.next = null;
  }
}
export function schedule(head, at, name) {
  let prev = head;
  while (prev.next && prev.next.at < at) prev = prev.next;
  const job = new Job(at, name);
  job.next = prev.next;
  prev.next = job;
}
export function cancel(head, name) {
  let prev = head;
  while (prev.next && prev.next.name !== name) prev = prev.next;
  if (prev.next) prev.next = prev.next.next;
}
`;

const SKIP = `class Node {
  constructor(level) {
    this.links = new Array(level).fill(null);
  }
}
function insert(head, update, level) {
  const fresh = new Node(level);
  for (let i = 0; i < level; i++) {
    fresh.links[i] = update[i].links[i];
    update[i].links[i] = fresh;
  }
}
function remove(update, x) {
  for (let i = 0; i < x.links.length; i++) update[i].links[i] = x.links[i];
}
`;

Deno.test("source links: a sorted list's insert and unlink through next", () => {
  const sources: [string, string][] = [[URL_, LIST]];
  const target = { link: "next", nodeClass: "Job" };
  const adds = findLinkingStatements(sources, target);
  assertEquals(adds.map((s) => s.text), ["prev.next = job;"]);
  const removes = findUnlinkingStatements(sources, target);
  assertEquals(removes.map((s) => s.text), ["if (prev.next) prev.next = prev.next.next;"]);
});

Deno.test("source links: a skip list's arrays of links", () => {
  const sources: [string, string][] = [[URL_, SKIP]];
  const target = { link: "links[…]", nodeClass: "Node" };
  assertEquals(findLinkingStatements(sources, target).map((s) => s.text), [
    "update[i].links[i] = fresh;",
  ]);
  assertEquals(findUnlinkingStatements(sources, target).map((s) => s.text), [
    "for (let i = 0; i < x.links.length; i++) update[i].links[i] = x.links[i];",
  ]);
});

Deno.test("source links: the new node is known by where it is made when it has no class", () => {
  const text = LIST.replace(
    "const job = new Job(at, name);",
    "const job = { at, name, next: null };",
  );
  const at = { url: URL_, line: 11, column: 3, display: "queue.js:11" };
  const adds = findLinkingStatements([[URL_, text]], { link: "next", preferLines: [at] });
  assertEquals(adds[0].text, "prev.next = job;");
});
