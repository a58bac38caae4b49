"use strict";

/** The reference lab's intake API (its sample reception acknowledges each tube). */

let accessionNumber = 700000;

function submit(tube) {
  return new Promise(function (resolve) {
    setTimeout(function () {
      accessionNumber++;
      resolve({ barcode: tube.barcode, accession: "LAB" + accessionNumber, at: Date.now() });
    }, 3);
  });
}

module.exports = { submit };
