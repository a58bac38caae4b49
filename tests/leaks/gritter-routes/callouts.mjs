import { DependencyGraph } from "./graph.mjs";
import { assignVehicle, releaseVehicle } from "./fleet.mjs";

export class CalloutError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const graph = new DependencyGraph();

const ROUTES = {
  P1: { depot: "north", roads: ["A61 Harrogate Rd", "A660 Otley Rd"] },
  P2: { depot: "north", roads: ["B6157 Kirkstall Ln", "Spen Ln"] },
  P3: { depot: "south", roads: ["A653 Dewsbury Rd", "Ring Rd Beeston"] },
};

for (const depot of ["north", "south"]) {
  graph.add(`barn:${depot}`, { kind: "salt-load", done: true });
}
for (const [route, info] of Object.entries(ROUTES)) {
  graph.add(`run:${route}`, { kind: "precautionary", ...info, done: true });
  graph.link(`barn:${info.depot}`, `run:${route}`);
}

const completed = [];

export function raiseCallout(body) {
  const route = ROUTES[body.route];
  if (!route) throw new CalloutError(400, `unknown route ${body.route}`);
  if (!body.ref || !body.location) throw new CalloutError(400, "ref and location required");
  const id = `callout:${body.ref}`;
  if (graph.get(id)) throw new CalloutError(409, `callout ${body.ref} already raised`);
  graph.add(id, {
    kind: "callout",
    ref: body.ref,
    route: body.route,
    depot: route.depot,
    location: body.location,
    reportedBy: body.reportedBy ?? "public",
    surface: body.surface ?? "ice",
    notes: body.notes ?? "",
    raisedAt: new Date().toISOString(),
    vehicle: null,
    done: false,
  });
  graph.link(`barn:${route.depot}`, id);
  graph.link(`run:${body.route}`, id);
  return graph.get(id).data;
}

export function dispatch(ref) {
  const id = `callout:${ref}`;
  const node = graph.get(id);
  if (!node) throw new CalloutError(404, `no callout ${ref}`);
  if (!graph.isReady(id)) throw new CalloutError(409, "waiting on salt load or precautionary run");
  const vehicle = assignVehicle(node.data.depot, ref);
  if (!vehicle) throw new CalloutError(503, `no gritter free at ${node.data.depot}`);
  node.data.vehicle = vehicle.reg;
  node.data.dispatchedAt = new Date().toISOString();
  return node.data;
}

export function complete(ref, { tonnes = 1.5 } = {}) {
  const id = `callout:${ref}`;
  const node = graph.get(id);
  if (!node?.data.vehicle) throw new CalloutError(409, `callout ${ref} not dispatched`);
  releaseVehicle(node.data.vehicle, tonnes);
  node.data.done = true;
  const summary = {
    ref,
    route: node.data.route,
    vehicle: node.data.vehicle,
    tonnes,
    at: new Date().toISOString(),
  };
  completed.push(summary);
  if (completed.length > 30) completed.splice(0, completed.length - 30);
  graph.remove(id);
  return summary;
}

export function recent() {
  return completed.slice(-10);
}
