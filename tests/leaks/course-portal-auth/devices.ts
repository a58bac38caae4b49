/**
 * The portal's backend for the mobile app: the app identifies itself by its installation id
 * (x-device-id) and never sees a refresh token; this holds one session per device.
 */

import { authenticate } from "./directory.ts";
import { AuthError, type TokenService } from "./tokens.ts";

interface DeviceSession {
  device: string;
  username: string;
  refreshToken: string;
  accessToken: string;
  signedInAt: number;
  lastRefresh: number;
}

export class DeviceSessions {
  #byDevice = new Map<string, DeviceSession>();
  #grants = 0;

  constructor(private tokens: TokenService) {}

  async signIn(username: string, password: string, device: string, client: string) {
    const claims = await authenticate(username, password);
    if (!claims) throw new AuthError(401, "wrong username or password");
    const previous = this.#byDevice.get(device);
    if (previous) this.tokens.revoke(previous.refreshToken);
    const { refreshToken, accessToken } = await this.tokens.issue({
      id: `g${++this.#grants}`,
      client,
      device,
      scopes: ["courses:read", "submissions:write", "timetable:read"],
      claims,
      issuedAt: Date.now(),
      rotations: 0,
    });
    const now = Date.now();
    this.#byDevice.set(device, {
      device,
      username,
      refreshToken,
      accessToken,
      signedInAt: now,
      lastRefresh: now,
    });
    return { name: claims.name, courses: claims.courses.length };
  }

  #session(device: string): DeviceSession {
    const session = this.#byDevice.get(device);
    if (!session) throw new AuthError(401, "this device is not signed in");
    return session;
  }

  /** The app calls this when it comes back to the foreground. */
  async refresh(device: string) {
    const session = this.#session(device);
    const pair = await this.tokens.rotate(session.refreshToken);
    session.refreshToken = pair.refreshToken;
    session.accessToken = pair.accessToken;
    session.lastRefresh = Date.now();
    return { refreshedAt: new Date(session.lastRefresh).toISOString() };
  }

  async me(device: string) {
    const claims = await this.tokens.verify(this.#session(device).accessToken);
    return { name: claims.name, email: claims.email, courses: claims.courses };
  }

  signOut(device: string): boolean {
    const session = this.#byDevice.get(device);
    if (!session) return false;
    this.tokens.revoke(session.refreshToken);
    return this.#byDevice.delete(device);
  }

  get size() {
    return this.#byDevice.size;
  }
}
