import { findStaff, ROLE_PERMISSIONS, roleEvents, type Staff } from "./directory.ts";

/** A staff member signed in on one desk; permissions are worked out once and kept. */
export class StaffSession {
  readonly openedAt = Date.now();
  #permissions: Set<string> | null = null;
  #computed = 0;

  constructor(
    readonly id: string,
    readonly staff: Staff,
    readonly device: { desk: string; userAgent: string; ip: string },
  ) {
    roleEvents.on("roles-changed", this.#onRolesChanged.bind(this));
  }

  permissions(): Set<string> {
    if (!this.#permissions) {
      this.#permissions = new Set(this.staff.roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
      this.#computed++;
    }
    return this.#permissions;
  }

  can(permission: string): boolean {
    return this.permissions().has(permission);
  }

  #onRolesChanged(event: { staffId: string }) {
    if (event.staffId === this.staff.id) this.#permissions = null;
  }

  close() {
    roleEvents.off("roles-changed", this.#onRolesChanged.bind(this));
  }

  describe() {
    return {
      id: this.id,
      staff: this.staff.id,
      desk: this.device.desk,
      permissions: [...this.permissions()].sort(),
      recomputed: this.#computed,
    };
  }
}

const sessions = new Map<string, StaffSession>();

export function openSession(
  staffId: string,
  device: StaffSession["device"],
): StaffSession | undefined {
  const staff = findStaff(staffId);
  if (!staff) return undefined;
  const id = `${staffId}@${device.desk}`;
  sessions.get(id)?.close();
  const session = new StaffSession(id, staff, device);
  sessions.set(id, session);
  return session;
}

export function sessionFor(staffId: string, desk: string): StaffSession | undefined {
  return sessions.get(`${staffId}@${desk}`);
}

export function closeSession(staffId: string, desk: string): boolean {
  const id = `${staffId}@${desk}`;
  const session = sessions.get(id);
  if (!session) return false;
  session.close();
  sessions.delete(id);
  return true;
}

export function sessionCount(): number {
  return sessions.size;
}
