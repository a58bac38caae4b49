/**
 * Zod shapes that more than one tool's output schema uses.
 *
 * @module
 */

import { z } from "zod";

/** An original source position as the engine reports it (`display` is `file:line`). */
export const sourceLocationShape = z.object({
  url: z.string(),
  line: z.number(),
  column: z.number(),
  display: z.string(),
});
