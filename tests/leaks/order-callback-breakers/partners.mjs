import { setTimeout as sleep } from "node:timers/promises";

/** The marketplaces we report order status to, and where their callback endpoints live. */
export const PARTNERS = {
  mercado: { callbackBase: "https://hooks.mercado.example/v1/" },
  bolzano: { callbackBase: "https://api.bolzano-shop.example/callbacks/" },
  kettle: { callbackBase: "https://kettle.example/integrations/orders/" },
};

/**
 * The outbound HTTP client, simulated: each partner answers after a few milliseconds; kettle's
 * endpoint is flaky and fails one call in four.
 */
let calls = 0;
export async function postJson(url, payload) {
  calls++;
  await sleep(2);
  const host = new URL(url).host;
  if (host === "kettle.example" && calls % 4 === 0) {
    const err = new Error(`POST ${url}: 503 Service Unavailable`);
    err.status = 503;
    throw err;
  }
  return { status: 202, bytes: JSON.stringify(payload).length };
}
