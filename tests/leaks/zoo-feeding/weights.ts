/** Animal weights from the scale's CSV export ("animal,kg" lines), read as the body streams in. */
export async function readWeights(
  body: ReadableStream<Uint8Array> | null,
): Promise<{ animal: string; kg: number }[]> {
  if (!body) return [];
  const decoder = new TextDecoder("utf-8");
  const out: { animal: string; kg: number }[] = [];
  let rest = "";
  const take = (line: string) => {
    const [animal, kg] = line.split(",").map((s) => s.trim());
    if (!animal || animal === "animal") return;
    const value = Number(kg);
    if (Number.isFinite(value)) out.push({ animal, kg: value });
  };
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const lines = (rest + decoder.decode(value, { stream: true })).split(/\r?\n/);
      rest = lines.pop() ?? "";
      lines.forEach(take);
    }
    take(rest + decoder.decode());
  } finally {
    reader.releaseLock();
  }
  return out;
}
