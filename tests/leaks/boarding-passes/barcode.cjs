"use strict";

// A square 2D symbol drawn from the payload: the bytes and a running checksum are spread over
// the module matrix in the scratch area, then the dark modules are emitted as SVG rects.

const SIZE = 45;

function encodeMatrix(payload, scratch) {
  const bytes = Buffer.from(payload, "latin1");
  scratch.fill(0, 0, SIZE * SIZE);
  let checksum = 0x5a;
  for (let i = 0; i < SIZE * SIZE; i++) {
    const b = bytes[i % bytes.length];
    checksum = (checksum * 31 + b + i) & 0xff;
    scratch[i] = (checksum ^ b) & 1;
  }
  // finder patterns in three corners
  for (const [ox, oy] of [[0, 0], [SIZE - 7, 0], [0, SIZE - 7]]) {
    for (let y = 0; y < 7; y++) {
      for (let x = 0; x < 7; x++) {
        const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
        scratch[(oy + y) * SIZE + ox + x] = ring === 2 ? 0 : 1;
      }
    }
  }
  return scratch.subarray(0, SIZE * SIZE);
}

function matrixToSvg(matrix, moduleSize = 4) {
  const rects = [];
  for (let y = 0; y < SIZE; y++) {
    let runStart = -1;
    for (let x = 0; x <= SIZE; x++) {
      const dark = x < SIZE && matrix[y * SIZE + x] === 1;
      if (dark && runStart < 0) runStart = x;
      if (!dark && runStart >= 0) {
        rects.push(
          `<rect x="${runStart * moduleSize}" y="${y * moduleSize}" width="${
            (x - runStart) * moduleSize
          }" height="${moduleSize}"/>`,
        );
        runStart = -1;
      }
    }
  }
  const px = SIZE * moduleSize;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}">${
    rects.join("")
  }</svg>`;
}

module.exports = { encodeMatrix, matrixToSvg };
