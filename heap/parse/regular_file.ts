/**
 * Reading a side file (a snapshot's header, its scripts sidecar) only when it is a regular
 * file: opening a FIFO waits for a writer forever, and a directory or device is no sidecar.
 *
 * @module
 */

/** Whether `path` (symlinks followed) is a regular file; false when it cannot be read. */
export async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isFile;
  } catch {
    return false;
  }
}

/** The text of `path` when it is a regular file, else undefined (never waits on a FIFO). */
export async function readRegularText(path: string): Promise<string | undefined> {
  if (!(await isRegularFile(path))) return undefined;
  return await Deno.readTextFile(path);
}
