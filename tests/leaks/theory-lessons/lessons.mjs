// The theory course: video lessons a learner must watch (90 % of) before the mock exam.
const LESSONS = [
  { id: "road-signs", title: "Road signs and markings", seconds: 2400 },
  { id: "priority", title: "Priority at junctions", seconds: 1800 },
  { id: "motorway", title: "Motorway driving", seconds: 2100 },
  { id: "hazards", title: "Hazard perception", seconds: 3000 },
];

const byId = new Map(LESSONS.map((l) => [l.id, l]));

export function lessonById(id) {
  return byId.get(id);
}

export const REQUIRED_SHARE = 0.9;
