export class InspectionError extends Error {
  constructor(message) {
    super(message);
    this.status = 422;
  }
}

const APPLIANCES = {
  "open-fire": { fuels: ["wood", "smokeless", "coal"], smokeTest: true },
  "wood-burner": { fuels: ["wood"], smokeTest: true },
  "multi-fuel": { fuels: ["wood", "smokeless", "coal"], smokeTest: true },
  "range-cooker": { fuels: ["wood", "smokeless", "oil"], smokeTest: false },
  "oil-boiler": { fuels: ["oil"], smokeTest: false },
};

const ADVISORIES = {
  "no-cowl": "No bird guard fitted: recommend a cowl before spring nesting season.",
  "tar": "Stage 2 glazed tar deposits: burn dry wood (<20% moisture) and re-sweep in 6 months.",
  "liner": "Liner shows signs of wear: a CCTV survey is advised.",
  "co-alarm": "No carbon monoxide alarm in the room: one is required by regulations.",
};

/** Validates a sweep result as the tablet uploads it and expands its advisory codes. */
export function checkResult(body) {
  const spec = APPLIANCES[body.appliance];
  if (!spec) throw new InspectionError(`unknown appliance ${body.appliance}`);
  if (!spec.fuels.includes(body.fuel)) {
    throw new InspectionError(`${body.fuel} is not a fuel for a ${body.appliance}`);
  }
  if (spec.smokeTest && !["pass", "fail"].includes(body.smokeTest)) {
    throw new InspectionError("a smoke test result is required for this appliance");
  }
  const sweptAt = String(body.sweptAt ?? "");
  if (Number.isNaN(Date.parse(sweptAt))) throw new InspectionError("sweptAt is not a timestamp");
  const codes = Array.isArray(body.advisories) ? body.advisories : [];
  const unknown = codes.filter((c) => !(c in ADVISORIES));
  if (unknown.length) throw new InspectionError(`unknown advisory ${unknown[0]}`);
  return {
    appliance: body.appliance,
    fuel: body.fuel,
    sweptAt,
    smokeTest: spec.smokeTest ? body.smokeTest : "n/a",
    cowl: Boolean(body.cowl),
    advisories: codes.map((c) => ADVISORIES[c]),
  };
}
