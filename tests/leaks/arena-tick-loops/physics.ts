/** Top-down arena movement: fixed-step integration with friction and wall clamping. */

export interface Vec {
  x: number;
  y: number;
}

export interface Body {
  id: string;
  pos: Vec;
  vel: Vec;
  hp: number;
}

export interface Input {
  player: string;
  seq: number;
  dx: number;
  dy: number;
}

export const ARENA = { w: 64, h: 36 };
const ACCEL = 0.9;
const FRICTION = 0.82;

export function applyInput(body: Body, input: Input): void {
  const len = Math.hypot(input.dx, input.dy) || 1;
  body.vel.x += (input.dx / len) * ACCEL;
  body.vel.y += (input.dy / len) * ACCEL;
}

export function integrate(body: Body, dt: number): void {
  body.pos.x = Math.min(ARENA.w, Math.max(0, body.pos.x + body.vel.x * dt));
  body.pos.y = Math.min(ARENA.h, Math.max(0, body.pos.y + body.vel.y * dt));
  body.vel.x *= FRICTION;
  body.vel.y *= FRICTION;
}

export function spawn(id: string, slot: number): Body {
  return {
    id,
    pos: { x: slot % 2 === 0 ? 4 : ARENA.w - 4, y: ARENA.h / 2 },
    vel: { x: 0, y: 0 },
    hp: 100,
  };
}
