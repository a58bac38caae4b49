import { Tracer } from "./tracing.mjs";

export const tracer = new Tracer("clinic-letters");

const boot = tracer.startSpan("boot", { "node.version": process.version });
boot.addEvent("templates.loaded", { count: 2 });
tracer.endSpan(boot);
