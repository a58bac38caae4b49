// The desk's object graph, wired with InversifyJS as its docs show for plain JavaScript
// (decorate() instead of decorators): one OrderStore and AuditLog for the process,
// repositories and the service resolved fresh for every request.
import "reflect-metadata";
import { Container, decorate, inject, injectable } from "inversify";

export const TYPES = {
  OrderStore: Symbol.for("OrderStore"),
  AuditLog: Symbol.for("AuditLog"),
  OrderRepository: Symbol.for("OrderRepository"),
  OrderService: Symbol.for("OrderService"),
};

export class OrderStore {
  open = new Map();
  shipped = [];
  shippedCount = 0;
}

export class AuditLog {
  entries = [];
  write(entry) {
    this.entries.push({ ...entry, at: new Date().toISOString() });
    if (this.entries.length > 100) this.entries.shift();
  }
}

export class OrderRepository {
  actor = "system";
  requestId = "";
  constructor(store, audit) {
    this.store = store;
    this.audit = audit;
  }
  find(id) {
    return this.store.open.get(id);
  }
  insert(order) {
    this.store.open.set(order.id, order);
    this.audit.write({ op: "insert", id: order.id, actor: this.actor, requestId: this.requestId });
  }
  markShipped(order, carrier) {
    this.store.open.delete(order.id);
    this.store.shippedCount++;
    this.store.shipped.push({ id: order.id, carrier, total: order.totalCents });
    if (this.store.shipped.length > 25) this.store.shipped.shift();
    this.audit.write({ op: "ship", id: order.id, actor: this.actor, requestId: this.requestId });
  }
}

export class OrderService {
  constructor(repo) {
    this.repo = repo;
  }
  place({ id, customer, lines }) {
    if (this.repo.find(id)) throw Object.assign(new Error("duplicate order"), { status: 409 });
    const totalCents = lines.reduce((n, l) => n + l.qty * l.unitCents, 0);
    const order = { id, customer, lines, totalCents, status: "open" };
    this.repo.insert(order);
    return order;
  }
  get(id) {
    return this.repo.find(id);
  }
  ship(id, carrier) {
    const order = this.repo.find(id);
    if (!order) throw Object.assign(new Error("no open order " + id), { status: 404 });
    this.repo.markShipped(order, carrier);
    return { id, carrier, status: "shipped" };
  }
}

decorate(injectable(), OrderStore);
decorate(injectable(), AuditLog);
decorate(injectable(), OrderRepository);
decorate(inject(TYPES.OrderStore), OrderRepository, 0);
decorate(inject(TYPES.AuditLog), OrderRepository, 1);
decorate(injectable(), OrderService);
decorate(inject(TYPES.OrderRepository), OrderService, 0);

export const container = new Container();
container.bind(TYPES.OrderStore).to(OrderStore).inSingletonScope();
container.bind(TYPES.AuditLog).to(AuditLog).inSingletonScope();
container.bind(TYPES.OrderRepository).to(OrderRepository);
container.bind(TYPES.OrderService).to(OrderService);
