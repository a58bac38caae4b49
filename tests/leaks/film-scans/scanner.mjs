// The Noritsu scanner's job interface (simulated): a roll scans in a few ms per frame, and
// a roll with damaged sprockets jams the transport every time.

export class ScanError extends Error {
  constructor(roll, code, message) {
    super(message);
    this.roll = roll;
    this.code = code;
  }
}

export function scanRoll(roll) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (roll.condition === "damaged") {
        reject(new ScanError(roll.id, "TRANSPORT_JAM", `roll ${roll.id} jammed at frame 3`));
        return;
      }
      resolve({
        roll: roll.id,
        frames: roll.frames,
        resolution: roll.format === "120" ? "6000x4500" : "3000x2000",
        archive: `scans/${roll.customer.replace(/\W+/g, "-").toLowerCase()}/${roll.id}.zip`,
      });
    }, 5 + roll.frames / 12);
  });
}
