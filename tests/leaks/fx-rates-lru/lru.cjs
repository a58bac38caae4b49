// deno-lint-ignore-file no-inner-declarations no-var -- an ES5 codebase
"use strict";

// A least-recently-used cache: an index by key and a doubly linked list, most recent first.
function LruCache(max) {
  if (!(this instanceof LruCache)) return new LruCache(max);
  this.max = max;
  this.size = 0;
  this.index = Object.create(null);
  this.head = null;
  this.tail = null;
  this.hits = 0;
  this.misses = 0;
}

LruCache.prototype._unlink = function (node) {
  if (node.prev) node.prev.next = node.next;
  else this.head = node.next;
  if (node.next) node.next.prev = node.prev;
  else this.tail = node.prev;
  node.prev = node.next = null;
};

LruCache.prototype._pushFront = function (node) {
  node.next = this.head;
  node.prev = null;
  if (this.head) this.head.prev = node;
  this.head = node;
  if (!this.tail) this.tail = node;
};

LruCache.prototype.get = function (key) {
  var node = this.index[key];
  if (!node) {
    this.misses++;
    return undefined;
  }
  this.hits++;
  this._unlink(node);
  this._pushFront(node);
  return node.value;
};

LruCache.prototype.set = function (key, value) {
  var node = this.index[key];
  if (node) {
    node.value = value;
    this._unlink(node);
    this._pushFront(node);
    return;
  }
  node = { key: key, value: value, prev: null, next: null };
  this.index[key] = node;
  this._pushFront(node);
  this.size++;
  while (this.size > this.max) {
    var oldest = this.tail;
    this._unlink(oldest);
    delete this.index[oldest.key];
    this.size--;
  }
};

module.exports = LruCache;
