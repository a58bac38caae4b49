import { HttpError } from "./pipeline.ts";

/** Local notices to mariners for the harbour: dredging, buoy changes, restricted areas. */
export interface Notice {
  id: string;
  revision: number;
  title: string;
  area: string;
  text: string;
  validFrom: string;
  validTo: string | null;
  positions: { lat: number; lon: number }[];
}

const notices = new Map<string, Notice>();
const withdrawn: { id: string; at: string }[] = [];

for (
  const n of [
    {
      id: "NM-2024-118",
      revision: 3,
      title: "Dredging in the Eastern Approach Channel",
      area: "Eastern Approach",
      text: "The dredger MERSEY HAVEN will be working between No. 4 and No. 7 buoys. " +
        "Vessels are to pass at reduced speed and keep to the northern side of the channel.",
      validFrom: "2024-05-02",
      validTo: "2024-06-30",
      positions: [{ lat: 51.9512, lon: 1.3021 }, { lat: 51.9488, lon: 1.3164 }],
    },
    {
      id: "NM-2024-121",
      revision: 1,
      title: "Buoy No. 12 (starboard hand) moved",
      area: "Inner Harbour",
      text: "Buoy No. 12 has been moved 40 m north-east. Charts will be corrected in due course.",
      validFrom: "2024-05-10",
      validTo: null,
      positions: [{ lat: 51.9561, lon: 1.2914 }],
    },
  ]
) notices.set(n.id, n);

export const etagOf = (n: Notice) => `"${n.id}-r${n.revision}"`;

export function findNotice(id: string): Notice | undefined {
  return notices.get(id);
}

export function listNotices(area?: string) {
  return [...notices.values()]
    .filter((n) => !area || n.area === area)
    .map(({ id, title, area, revision }) => ({ id, title, area, revision }));
}

export function issue(body: Partial<Notice>): Notice {
  if (!body.id || !body.title || !body.text) {
    throw new HttpError(400, "id, title and text are required");
  }
  if (notices.has(body.id)) throw new HttpError(409, `${body.id} exists; revise it instead`);
  const notice: Notice = {
    id: body.id,
    revision: 1,
    title: body.title,
    area: body.area ?? "Harbour",
    text: body.text,
    validFrom: body.validFrom ?? new Date().toISOString().slice(0, 10),
    validTo: body.validTo ?? null,
    positions: body.positions ?? [],
  };
  notices.set(notice.id, notice);
  return notice;
}

export function revise(id: string, patch: Partial<Notice>): Notice {
  const notice = notices.get(id);
  if (!notice) throw new HttpError(404, `no notice ${id}`);
  const next = { ...notice, ...patch, id, revision: notice.revision + 1 };
  notices.set(id, next);
  return next;
}

export function withdraw(id: string) {
  if (!notices.delete(id)) throw new HttpError(404, `no notice ${id}`);
  withdrawn.unshift({ id, at: new Date().toISOString() });
  if (withdrawn.length > 30) withdrawn.length = 30;
  return withdrawn[0];
}
