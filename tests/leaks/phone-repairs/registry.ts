import { type Part, partsFor } from "./parts.ts";

export interface ModelInfo {
  model: string;
  brand: string;
  firstSeenAt: string;
  firstJob: string;
  parts: Part[];
}

/**
 * Every handset model the shop has taken in, oldest first: the intake form's model picker and
 * the parts buyer's "models we see" report read it. (It was a dictionary by model name until
 * the picker needed them in the order they first came in.)
 */
export class ModelRegistry {
  readonly models: ModelInfo[] = [];

  register(brand: string, model: string, jobId: string): ModelInfo {
    if (!(model in this.models)) {
      this.models.push({
        model,
        brand,
        firstSeenAt: new Date().toISOString(),
        firstJob: jobId,
        parts: partsFor(brand, model),
      });
    }
    return this.find(model)!;
  }

  find(model: string): ModelInfo | undefined {
    return this.models.find((m) => m.model === model);
  }

  /** Model names for the picker, newest first. */
  picker(): string[] {
    return [...new Set(this.models.map((m) => m.model))].reverse();
  }
}
