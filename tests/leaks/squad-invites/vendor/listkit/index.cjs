"use strict";
// listkit 1.2.0 — small array helpers (vendored)

/** A copy of `list` without any of `values` (SameValueZero). */
function without(list, ...values) {
  return list.filter((item) => !values.includes(item));
}

/** Splits `list` into arrays of `size`. */
function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The first item for each key, in order. */
function uniqBy(list, keyOf) {
  const seen = new Set();
  return list.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Removes the first occurrence of `value` from `list` in place; true if it was there. */
function removeFirst(list, value) {
  const i = list.indexOf(value);
  if (i === -1) return false;
  list.splice(i, 1);
  return true;
}

module.exports = { chunk, removeFirst, uniqBy, without };
