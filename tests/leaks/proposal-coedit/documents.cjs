"use strict";

const { EventEmitter } = require("node:events");

const LOG_SIZE = 100;

class ConflictError extends Error {
  constructor(message) {
    super(message);
    this.status = 409;
  }
}

/**
 * A shared document as a list of paragraphs. Edits are ops against a version; an op based on an
 * older version is shifted past the ops it missed (same paragraph: later insert wins the slot).
 */
class Document extends EventEmitter {
  constructor(id, title, paragraphs) {
    super();
    // one "op" listener per open editor
    this.setMaxListeners(0);
    this.id = id;
    this.title = title;
    this.paragraphs = paragraphs;
    this.version = 0;
    this.log = [];
  }

  apply(op) {
    const base = Number.isInteger(op.base) ? op.base : this.version;
    if (base < this.version - this.log.length) {
      throw new ConflictError("base version is too old, reload the document");
    }
    let index = op.paragraph;
    for (const done of this.log) {
      if (done.version <= base) continue;
      if (done.kind === "insert" && done.paragraph <= index) index++;
    }
    if (!Number.isInteger(index) || index < 0 || index > this.paragraphs.length) {
      throw new ConflictError(`no paragraph ${op.paragraph}`);
    }
    if (op.kind === "insert") this.paragraphs.splice(index, 0, op.text);
    else if (op.kind === "replace") this.paragraphs[index] = op.text;
    else throw new ConflictError(`unknown op ${op.kind}`);

    const applied = {
      version: ++this.version,
      kind: op.kind,
      paragraph: index,
      text: op.text,
      author: op.author,
      at: Date.now(),
    };
    this.log.push(applied);
    if (this.log.length > LOG_SIZE) this.log.shift();
    this.emit("op", applied);
    return applied;
  }
}

const documents = new Map([
  [
    "prop-118",
    new Document("prop-118", "Proposal: shared cache tier for the render farm", [
      "Summary",
      "We propose a shared cache tier in front of the render nodes.",
      "Motivation",
      "Nodes currently fetch the same textures from object storage many times per frame.",
      "Design",
      "Open questions",
    ]),
  ],
]);

module.exports = { ConflictError, Document, documents };
