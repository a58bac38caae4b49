// The four-point system (ASTM D5430): a defect scores 1 to 4 points by its length, and a roll's
// points are scaled to 100 square yards.

export function pointsFor(lengthIn) {
  if (lengthIn <= 3) return 1;
  if (lengthIn <= 6) return 2;
  if (lengthIn <= 9) return 3;
  return 4;
}

export function pointsPer100SqYd(totalPoints, widthIn, lengthYd) {
  return (totalPoints * 3600) / (widthIn * lengthYd);
}

export function gradeFor(score) {
  if (score <= 28) return "A";
  if (score <= 40) return "B";
  return "second";
}
