export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export async function readJson<T>(req: Request): Promise<T> {
  if (!req.headers.get("content-type")?.includes("application/json")) {
    throw new HttpError(415, "expected application/json");
  }
  try {
    return await req.json() as T;
  } catch {
    throw new HttpError(400, "malformed JSON body");
  }
}
