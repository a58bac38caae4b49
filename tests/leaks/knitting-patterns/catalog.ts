/** The shop's patterns: sizes, the yarn they are written for, and the yardage per size. */

export interface Pattern {
  slug: string;
  title: string;
  designer: string;
  priceGbp: number;
  yarnWeight: "4ply" | "dk" | "aran" | "chunky";
  /** Stitches per 10 cm the pattern is written for. */
  gauge: number;
  /** Metres of yarn per size at the pattern's gauge. */
  metres: Record<string, number>;
  pages: string[];
}

export const PATTERNS: Pattern[] = [
  {
    slug: "sunday-socks",
    title: "Sunday Socks",
    designer: "Ros Lindqvist",
    priceGbp: 4.5,
    yarnWeight: "4ply",
    gauge: 32,
    metres: { S: 320, M: 360, L: 410 },
    pages: [
      "Cast on 56 (64, 72) sts using the long-tail method and join in the round.",
      "Work 2x2 rib for 5 cm, then the leg chart 4 times.",
      "Heel flap: work back and forth over 28 (32, 36) sts in slip-stitch pattern.",
      "Turn heel with short rows; pick up gusset sts and decrease every other round.",
      "Foot: work even to 5 cm short of desired length; wedge toe; graft with Kitchener stitch.",
    ],
  },
  {
    slug: "harbour-jumper",
    title: "Harbour Jumper",
    designer: "Eilidh Morrison",
    priceGbp: 7,
    yarnWeight: "aran",
    gauge: 18,
    metres: { S: 1050, M: 1180, L: 1320, XL: 1460 },
    pages: [
      "Body: cast on 180 (196, 212, 228) sts, join and work 6 cm of twisted rib.",
      "Work the cable panels over the front and back, keeping the side seams in moss stitch.",
      "Sleeves: cast on 44 (46, 48, 50) sts, increase every 8th round to 68 (72, 76, 80).",
      "Yoke: join sleeves and body, work raglan decreases every other round.",
      "Neck: pick up 88 sts, work 3 cm rib, bind off loosely in pattern.",
    ],
  },
  {
    slug: "meadow-shawl",
    title: "Meadow Shawl",
    designer: "Ros Lindqvist",
    priceGbp: 5.5,
    yarnWeight: "dk",
    gauge: 22,
    metres: { "one size": 640 },
    pages: [
      "Garter tab cast on; increase 4 sts every RS row.",
      "Work the lace chart A three times, then chart B once.",
      "Picot bind off; block hard to open the lace.",
    ],
  },
];

const BY_SLUG = new Map(PATTERNS.map((p) => [p.slug, p]));

export function pattern(slug: string): Pattern | undefined {
  return BY_SLUG.get(slug);
}
