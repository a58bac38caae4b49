import { releaseStorage, storageFor } from "./storage.ts";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

interface Member {
  id: string;
  name: string;
  email: string;
  membership: "offpeak" | "standard" | "premium";
  joined: string;
}

interface Gym {
  id: string;
  name: string;
  region: string;
  members: Map<string, Member>;
  createdAt: number;
}

const gyms = new Map<string, Gym>();
/** Gyms that left recently: their data export stays downloadable for a while. */
const leavers: { id: string; name: string; exportKey: string; closedAt: number }[] = [];
const MAX_LEAVERS = 25;

export function onboardGym(body: Record<string, unknown>) {
  const id = String(body.id ?? "");
  if (!/^gym-[\w-]+$/.test(id)) throw new HttpError(400, "gym id must look like gym-…");
  if (gyms.has(id)) throw new HttpError(409, `${id} exists`);
  const gym: Gym = {
    id,
    name: String(body.name ?? id),
    region: String(body.region ?? "eu-west-2"),
    members: new Map(),
    createdAt: Date.now(),
  };
  gyms.set(id, gym);
  if (typeof body.logo === "string") {
    storageFor(id, gym.region).put("branding/logo.svg", body.logo, "image/svg+xml");
  }
  return { id, region: gym.region };
}

function getGym(id: string) {
  const gym = gyms.get(id);
  if (!gym) throw new HttpError(404, `no gym ${id}`);
  return gym;
}

export function addMember(gymId: string, body: Record<string, unknown>) {
  const gym = getGym(gymId);
  const member: Member = {
    id: String(body.id ?? crypto.randomUUID()),
    name: String(body.name ?? ""),
    email: String(body.email ?? ""),
    membership: (body.membership ?? "standard") as Member["membership"],
    joined: new Date().toISOString().slice(0, 10),
  };
  gym.members.set(member.id, member);
  return { gym: gymId, members: gym.members.size };
}

/** The gym leaves: members are exported to its storage, then the gym and its client go. */
export function offboardGym(id: string) {
  const gym = getGym(id);
  const rows = [...gym.members.values()].map((m) =>
    [m.id, m.name, m.email, m.membership, m.joined].join(",")
  );
  const exportKey = `exports/members-${new Date().toISOString().slice(0, 10)}.csv`;
  storageFor(id, gym.region).put(
    exportKey,
    ["id,name,email,membership,joined", ...rows].join("\n"),
    "text/csv",
  );
  gyms.delete(id);
  releaseStorage(id);
  leavers.unshift({ id, name: gym.name, exportKey, closedAt: Date.now() });
  if (leavers.length > MAX_LEAVERS) leavers.length = MAX_LEAVERS;
  return { id, exported: rows.length };
}

/** Download link for a leaver's export (the owner gets it by email after offboarding). */
export function exportLink(id: string) {
  const leaver = leavers.find((l) => l.id === id);
  if (!leaver) throw new HttpError(404, `no export for ${id}`);
  return { id, url: storageFor(id).presign(leaver.exportKey), expiresIn: 900 };
}

export function gymSummary(id: string) {
  const gym = getGym(id);
  return { id, name: gym.name, region: gym.region, members: gym.members.size };
}

export function counts() {
  return { gyms: gyms.size, leavers: leavers.length };
}
