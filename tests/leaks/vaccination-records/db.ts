import { DataContext } from "./vendor/tinyctx/mod.ts";
import { store } from "./store.ts";

/** One context for the service: records are read and written synchronously, one at a time. */
export const db = new DataContext(store);
