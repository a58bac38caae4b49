/** The salon's menu: what each service costs by coat size, and how long a groomer needs. */

export type CoatSize = "small" | "medium" | "large" | "giant";

export interface Service {
  code: string;
  name: string;
  minutes: number;
  prices: Record<CoatSize, number>;
}

export const SERVICES: Service[] = [
  {
    code: "full",
    name: "Full groom (bath, dry, clip, nails, ears)",
    minutes: 120,
    prices: { small: 42, medium: 52, large: 64, giant: 80 },
  },
  {
    code: "bath",
    name: "Bath and brush out",
    minutes: 60,
    prices: { small: 28, medium: 34, large: 42, giant: 55 },
  },
  {
    code: "deshed",
    name: "De-shedding treatment",
    minutes: 45,
    prices: { small: 15, medium: 20, large: 25, giant: 30 },
  },
  {
    code: "nails",
    name: "Nail clip",
    minutes: 15,
    prices: { small: 8, medium: 8, large: 10, giant: 12 },
  },
  {
    code: "teeth",
    name: "Teeth cleaning",
    minutes: 15,
    prices: { small: 7, medium: 7, large: 9, giant: 9 },
  },
];

const BY_CODE = new Map(SERVICES.map((s) => [s.code, s]));

export function lookupServices(codes: string[]): Service[] {
  const found = codes.map((c) => BY_CODE.get(c));
  const missing = codes.filter((_, n) => !found[n]);
  if (missing.length) throw new RangeError(`unknown service ${missing.join(", ")}`);
  return found as Service[];
}

export function priceFor(services: Service[], size: CoatSize) {
  return services.reduce((sum, s) => sum + s.prices[size], 0);
}

export function minutesFor(services: Service[]) {
  return services.reduce((sum, s) => sum + s.minutes, 0);
}
