/**
 * Sends a webhook. `sandbox://` receivers answer in-process (staging and the integration
 * tests): `/retired` answers 410, `/flaky` fails every other call, anything else 200.
 */
export interface Transport {
  post(url: string, body: string, headers: Record<string, string>): Promise<number>;
}

let flakyCalls = 0;

export const transport: Transport = {
  async post(url, body, headers) {
    if (url.startsWith("sandbox://")) {
      const path = new URL(url.replace("sandbox://", "http://")).pathname;
      if (path.endsWith("/retired")) return 410;
      if (path.endsWith("/flaky")) return ++flakyCalls % 2 ? 503 : 200;
      return 200;
    }
    const res = await fetch(url, {
      method: "POST",
      body,
      headers,
      signal: AbortSignal.timeout(5000),
    });
    await res.body?.cancel();
    return res.status;
  },
};
