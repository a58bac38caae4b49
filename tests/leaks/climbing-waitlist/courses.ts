export interface Course {
  id: string;
  title: string;
  places: number;
  booked: number;
  minGrade: string;
  needsBelayCert: boolean;
  startsOn: string;
}

export const courses = new Map<string, Course>([
  ["lead-intro", {
    id: "lead-intro",
    title: "Intro to lead climbing (4 evenings)",
    places: 6,
    booked: 6,
    minGrade: "5c",
    needsBelayCert: true,
    startsOn: "2031-04-07",
  }],
  ["kids-club-sat", {
    id: "kids-club-sat",
    title: "Kids' club, Saturday mornings",
    places: 10,
    booked: 10,
    minGrade: "3",
    needsBelayCert: false,
    startsOn: "2031-03-15",
  }],
  ["setting-workshop", {
    id: "setting-workshop",
    title: "Route setting workshop",
    places: 4,
    booked: 4,
    minGrade: "6b",
    needsBelayCert: true,
    startsOn: "2031-05-02",
  }],
]);

const GRADES = ["3", "4", "5a", "5b", "5c", "6a", "6a+", "6b", "6b+", "6c", "6c+", "7a", "7a+"];

export function gradeAtLeast(grade: string, min: string): boolean {
  return GRADES.indexOf(grade) >= GRADES.indexOf(min);
}
