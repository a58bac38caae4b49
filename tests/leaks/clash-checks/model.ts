import type { Box } from "./geometry.ts";

export type Discipline = "structure" | "architecture" | "mep";

export interface ModelElement {
  id: string;
  name: string;
  discipline: Discipline;
  level: string;
  box: Box;
  /** Clearance that temporary works must keep, in mm. */
  clearance: number;
}

/**
 * The permanent elements of the federated coordination model for the current phase (level 2
 * of block C), as the model server exported them.
 */
export const modelElements = new Map<string, ModelElement>(
  ([
    ["B-2.14", "HEA 300 edge beam grid C/4-5", "structure", [0, 0, 5700], [6000, 300, 6000], 50],
    ["B-2.15", "HEA 300 beam grid C-D/5", "structure", [5700, 0, 5700], [6000, 6000, 6000], 50],
    ["B-2.16", "IPE 400 secondary beam", "structure", [0, 3000, 5600], [6000, 3200, 6000], 50],
    ["C-2.05", "Concrete column 400x400 C/5", "structure", [5600, 0, 3000], [6000, 400, 6000], 100],
    [
      "C-2.06",
      "Concrete column 400x400 D/5",
      "structure",
      [5600, 5600, 3000],
      [6000, 6000, 6000],
      100,
    ],
    ["D-2.31", "Supply air duct 800x400", "mep", [1000, 4000, 5000], [7000, 4800, 5400], 150],
    ["P-2.08", "Sprinkler main DN100", "mep", [0, 5000, 5450], [9000, 5120, 5570], 100],
    [
      "W-2.40",
      "Curtain wall panel C/4-5",
      "architecture",
      [0, -300, 3000],
      [6000, -100, 6000],
      200,
    ],
    ["W-2.41", "Partition wall 100 mm", "architecture", [3000, 2000, 3000], [3100, 6000, 5600], 25],
  ] as [string, string, Discipline, Box["min"], Box["max"], number][]).map((
    [id, name, discipline, min, max, clearance],
  ) => [id, { id, name, discipline, level: "C-L2", box: { min, max }, clearance }]),
);
