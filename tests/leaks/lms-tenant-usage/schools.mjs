export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Schools on the platform (each one a tenant), by id. */
const schools = new Map();

const PLANS = {
  primary: { learners: 600, storageMb: 5_000, pricePerLearner: 1.1 },
  secondary: { learners: 2_000, storageMb: 20_000, pricePerLearner: 1.4 },
  trust: { learners: 20_000, storageMb: 250_000, pricePerLearner: 0.95 },
};

const COURSES = [
  { code: "MATH-Y7", title: "Year 7 Mathematics", units: 12 },
  { code: "SCI-Y7", title: "Year 7 Science", units: 10 },
  { code: "ENG-Y7", title: "Year 7 English", units: 14 },
];

export function onboard(body) {
  const id = String(body.id ?? "");
  if (!/^sch-[\w-]+$/.test(id)) throw new ApiError(400, "school id must look like sch-…");
  if (schools.has(id)) throw new ApiError(409, `${id} is already onboarded`);
  const plan = PLANS[body.plan] ? body.plan : "primary";
  const school = {
    id,
    name: String(body.name ?? id),
    urn: String(body.urn ?? ""),
    plan,
    billing: {
      contact: String(body.billing?.contact ?? ""),
      email: String(body.billing?.email ?? ""),
      address: String(body.billing?.address ?? ""),
      poNumber: body.billing?.poNumber ?? null,
    },
    learners: new Map(),
    createdAt: Date.now(),
  };
  schools.set(id, school);
  return { id, plan, limits: PLANS[plan] };
}

export function getSchool(id) {
  const school = schools.get(id);
  if (!school) throw new ApiError(404, `no school ${id}`);
  return school;
}

export function findSchool(id) {
  return schools.get(id);
}

export function courses() {
  return COURSES;
}

export function enrol(school, learner) {
  if (school.learners.size >= PLANS[school.plan].learners) {
    throw new ApiError(402, "learner limit reached for the plan");
  }
  const upn = String(learner.upn ?? "");
  if (!upn) throw new ApiError(400, "a learner needs a UPN");
  school.learners.set(upn, {
    upn,
    name: String(learner.name ?? ""),
    yearGroup: Number(learner.yearGroup ?? 7),
    courses: COURSES.map((c) => c.code),
  });
  return school.learners.size;
}

export function removeSchool(id) {
  const school = getSchool(id);
  schools.delete(id);
  return school;
}

export function count() {
  return schools.size;
}

export { PLANS };
