import { putObject } from "./storage.ts";

export interface UploadProgress {
  id: string;
  survey: string;
  fileName: string;
  expected: number;
  received: number;
  status: "receiving" | "stored" | "failed";
  startedAt: number;
  finishedAt?: number;
  storedKey?: string;
  storedBytes?: number;
}

/** Uploads the surveyor app polls for its progress bar. */
export const uploads = new Map<string, UploadProgress>();

export async function receivePhoto(survey: string, fileName: string, req: Request) {
  const id = `${survey}/${fileName}`;
  const progress: UploadProgress = {
    id,
    survey,
    fileName,
    expected: Number(req.headers.get("content-length") ?? 0),
    received: 0,
    status: "receiving",
    startedAt: Date.now(),
  };
  uploads.set(id, progress);

  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      progress.received += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  try {
    const stored = await putObject(
      `surveys/${survey}/${fileName}.gz`,
      req.body!.pipeThrough(counter).pipeThrough(
        new CompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>,
      ),
      req.headers.get("content-type") ?? "application/octet-stream",
    );
    // stays listed as stored so the app's last poll shows 100 %
    progress.status = "stored";
    progress.storedKey = stored.key;
    progress.storedBytes = stored.bytes;
    progress.finishedAt = Date.now();
    return progress;
  } catch (err) {
    uploads.delete(id);
    throw err;
  }
}
