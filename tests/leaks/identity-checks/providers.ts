import type { Check, DocumentInput, Outcome, PersonInput } from "./checks.ts";

// Sandbox adapters for the two vendors. They answer after a network-like delay with the same
// shapes the live APIs return, so the decision logic downstream is the same in every stage.

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Provider {
  name: string;
  verify(check: Check): Promise<Outcome>;
}

function ref(prefix: string) {
  return `${prefix}-${crypto.randomUUID().slice(0, 13)}`;
}

export const documentProvider: Provider = {
  name: "docverify-eu",
  async verify(check) {
    const doc = check.input as DocumentInput;
    await delay(3 + (doc.number.charCodeAt(doc.number.length - 1) % 5));
    const expired = doc.expiresOn < new Date().toISOString().slice(0, 10);
    const reasons = expired ? ["document_expired"] : [];
    if (!doc.backImage && doc.kind !== "passport") reasons.push("back_image_missing");
    return {
      decision: expired ? "reject" : reasons.length ? "consider" : "clear",
      score: expired ? 0.12 : reasons.length ? 0.64 : 0.97,
      reasons,
      providerRef: ref("dv"),
      raw: {
        mrzValid: true,
        faceDetected: true,
        imageQuality: { blur: 0.04, glare: 0.11, resolution: "1920x1080" },
        extracted: {
          documentNumber: doc.number,
          country: doc.issuingCountry,
          expiry: doc.expiresOn,
        },
      },
    };
  },
};

const WATCHLISTS = ["UN-SC", "EU-CFSP", "OFAC-SDN", "UK-HMT"];

export const sanctionsProvider: Provider = {
  name: "screenwise",
  async verify(check) {
    const person = check.input as PersonInput;
    await delay(4);
    const fuzzyHit = person.familyName.toLowerCase() === "petrov";
    return {
      decision: fuzzyHit ? "consider" : "clear",
      score: fuzzyHit ? 0.71 : 0.02,
      reasons: fuzzyHit ? ["possible_name_match"] : [],
      providerRef: ref("sw"),
      raw: {
        listsScreened: WATCHLISTS,
        pep: false,
        adverseMedia: { hits: 0, searchedAt: new Date().toISOString() },
      },
    };
  },
};
