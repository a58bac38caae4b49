import { EditHistory, type Shape, type ShapeStyle } from "./history.ts";

export interface Slide {
  id: string;
  title: string;
  shapes: Map<string, Shape>;
}

export interface Deck {
  id: string;
  name: string;
  owner: string;
  revision: number;
  slides: Map<string, Slide>;
  history: EditHistory;
  updatedAt: number;
}

export class EditError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const BASE_STYLE: ShapeStyle = {
  fontFamily: "Inter",
  fontSize: 24,
  color: "#222222",
  bold: false,
  align: "left",
};

function textBox(id: string, text: string, y: number, style: Partial<ShapeStyle> = {}): Shape {
  return {
    id,
    kind: "text",
    x: 64,
    y,
    w: 832,
    h: 96,
    text,
    style: { ...BASE_STYLE, ...style },
    locked: false,
  };
}

function slide(id: string, title: string, body: string): Slide {
  return {
    id,
    title,
    shapes: new Map([
      ["title", textBox("title", title, 48, { fontSize: 40, bold: true })],
      ["body", textBox("body", body, 180)],
    ]),
  };
}

export const decks = new Map<string, Deck>();

function seed(id: string, name: string, owner: string, slides: Slide[]) {
  decks.set(id, {
    id,
    name,
    owner,
    revision: 1,
    slides: new Map(slides.map((s) => [s.id, s])),
    history: new EditHistory(),
    updatedAt: Date.now(),
  });
}

seed("q3-review", "Q3 business review", "ines.moreau", [
  slide("s1", "Q3 at a glance", "Revenue, margin and headcount against plan"),
  slide("s2", "Revenue", "Subscription revenue grew in every region"),
  slide("s3", "Next quarter", "Hiring plan and the two launches"),
]);
seed("onboarding", "New starter onboarding", "people.ops", [
  slide("s1", "Welcome", "Your first week"),
  slide("s2", "Tools", "Accounts, laptop and the wiki"),
]);

export function getDeck(id: string): Deck {
  const deck = decks.get(id);
  if (!deck) throw new EditError(404, `no deck ${id}`);
  return deck;
}

function getShape(deck: Deck, slideId: string, shapeId: string): Shape {
  const s = deck.slides.get(slideId);
  if (!s) throw new EditError(404, `no slide ${slideId}`);
  const shape = s.shapes.get(shapeId);
  if (!shape) throw new EditError(404, `no shape ${shapeId} on ${slideId}`);
  return shape;
}

export interface ShapePatch {
  text?: string;
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  style?: Partial<ShapeStyle>;
}

export function editShape(
  deck: Deck,
  author: string,
  slideId: string,
  shapeId: string,
  patch: ShapePatch,
): Shape {
  const current = getShape(deck, slideId, shapeId);
  if (current.locked) throw new EditError(423, `${shapeId} is locked`);
  const next: Shape = {
    ...current,
    ...(patch.text !== undefined ? { text: patch.text.slice(0, 2000) } : {}),
    x: patch.x ?? current.x,
    y: patch.y ?? current.y,
    w: patch.w ?? current.w,
    h: patch.h ?? current.h,
    style: { ...current.style, ...patch.style },
  };
  deck.slides.get(slideId)!.shapes.set(shapeId, next);
  deck.history.record(author, slideId, current, next);
  deck.revision++;
  deck.updatedAt = Date.now();
  return next;
}

function restore(deck: Deck, slideId: string, shape: Shape) {
  const s = deck.slides.get(slideId);
  if (!s) return;
  s.shapes.set(shape.id, structuredClone(shape));
  deck.revision++;
  deck.updatedAt = Date.now();
}

export function undo(deck: Deck) {
  const entry = deck.history.undo();
  if (entry) restore(deck, entry.slideId, entry.before);
  return entry;
}

export function redo(deck: Deck) {
  const entry = deck.history.redo();
  if (entry) restore(deck, entry.slideId, entry.after);
  return entry;
}

export function slideView(deck: Deck, slideId: string) {
  const s = deck.slides.get(slideId);
  if (!s) throw new EditError(404, `no slide ${slideId}`);
  return { deck: deck.id, revision: deck.revision, id: s.id, shapes: [...s.shapes.values()] };
}
