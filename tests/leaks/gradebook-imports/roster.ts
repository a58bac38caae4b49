/** Year 10 classes and their pupils (the MIS sync fills this in production). */
export const roster = new Map<string, Set<string>>([
  ["10X/Ma1", new Set(["P1041", "P1042", "P1043", "P1044", "P1045", "P1046", "P1047"])],
  ["10Y/En2", new Set(["P1051", "P1052", "P1053", "P1054", "P1055", "P1056"])],
]);

export const GRADES = new Set(["9", "8", "7", "6", "5", "4", "3", "2", "1", "U", "X"]);
