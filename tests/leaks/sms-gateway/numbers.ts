/** Carrier routes by country calling code; numbers outside these have no route yet. */
const ROUTES: Record<string, { country: string; nationalDigits: number; carrier: string }> = {
  "31": { country: "NL", nationalDigits: 9, carrier: "kpn-smpp" },
  "32": { country: "BE", nationalDigits: 9, carrier: "proximus-http" },
  "33": { country: "FR", nationalDigits: 9, carrier: "orange-smpp" },
  "44": { country: "GB", nationalDigits: 10, carrier: "vodafone-uk" },
  "49": { country: "DE", nationalDigits: 11, carrier: "telekom-smpp" },
};

/** Loose check done at the API edge: digits, spaces, dashes and brackets, 8–20 chars. */
export function looksLikePhoneNumber(raw: string): boolean {
  return /^\+?[0-9 ()-]{8,20}$/.test(raw.trim());
}

export interface Destination {
  e164: string;
  country: string;
  carrier: string;
}

/** Resolves a number to E.164 and the carrier that delivers to it; throws for unrouted ones. */
export function resolveDestination(raw: string): Destination {
  let digits = raw.replace(/\D/g, "");
  if (digits.startsWith("00")) digits = digits.slice(2);
  const code = Object.keys(ROUTES).find((prefix) => digits.startsWith(prefix));
  if (!code) throw new RangeError(`no carrier route for +${digits}`);
  const route = ROUTES[code];
  let national = digits.slice(code.length);
  if (national.startsWith("0")) national = national.slice(1);
  if (national.length > route.nationalDigits) {
    throw new RangeError(`+${digits} is too long for ${route.country}`);
  }
  return { e164: `+${code}${national}`, country: route.country, carrier: route.carrier };
}

const GSM_7 = /^[A-Za-z0-9 @£$¥èéùìòÇØøÅå_ÆæßÉ!"#%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n\r]*$/;

/** How many SMS parts a text takes (GSM-7: 160 / 153 per part; UCS-2: 70 / 67). */
export function segmentsFor(text: string): number {
  const [single, multi] = GSM_7.test(text) ? [160, 153] : [70, 67];
  return text.length <= single ? 1 : Math.ceil(text.length / multi);
}
