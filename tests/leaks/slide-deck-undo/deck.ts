import { type HistoryEntry, type SlideField, UndoHistory } from "./history.ts";

export interface Slide {
  id: string;
  title: string;
  body: string;
  notes: string;
}

export interface Deck {
  id: string;
  name: string;
  slides: Map<string, Slide>;
  history: UndoHistory;
  version: number;
}

export class DeckError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const UNDO_LIMIT = 40;
const FIELDS: SlideField[] = ["title", "body", "notes"];

function makeDeck(id: string, name: string, slides: Slide[]): Deck {
  return {
    id,
    name,
    slides: new Map(slides.map((s) => [s.id, s])),
    history: new UndoHistory(UNDO_LIMIT),
    version: 1,
  };
}

export const decks = new Map<string, Deck>([
  [
    "q3-review",
    makeDeck("q3-review", "Q3 business review", [
      { id: "s1", title: "Q3 business review", body: "Finance & Ops, October", notes: "" },
      { id: "s2", title: "Revenue", body: "Revenue grew 14% quarter on quarter.", notes: "" },
      { id: "s3", title: "Churn", body: "Logo churn fell to 2.1%.", notes: "" },
      { id: "s4", title: "Hiring", body: "12 of 15 planned hires made.", notes: "" },
    ]),
  ],
]);

export function getDeck(id: string): Deck {
  const deck = decks.get(id);
  if (!deck) throw new DeckError(404, `no deck ${id}`);
  return deck;
}

export function editSlide(
  deck: Deck,
  slideId: string,
  body: { field?: string; value?: string; author?: string },
): HistoryEntry {
  const slide = deck.slides.get(slideId);
  if (!slide) throw new DeckError(404, `no slide ${slideId}`);
  const field = body.field as SlideField;
  if (!FIELDS.includes(field)) throw new DeckError(400, `field must be one of ${FIELDS}`);
  if (typeof body.value !== "string") throw new DeckError(400, "value must be a string");
  const entry = deck.history.record({
    slide: slideId,
    field,
    before: slide[field],
    after: body.value,
    author: body.author ?? "anonymous",
  });
  slide[field] = body.value;
  deck.version++;
  return entry;
}

function put(deck: Deck, entry: HistoryEntry, value: string) {
  const slide = deck.slides.get(entry.slide);
  if (slide) slide[entry.field] = value;
  deck.version++;
}

export function undo(deck: Deck): HistoryEntry | undefined {
  const entry = deck.history.undo();
  if (entry) put(deck, entry, entry.before);
  return entry;
}

export function redo(deck: Deck): HistoryEntry | undefined {
  const entry = deck.history.redo();
  if (entry) put(deck, entry, entry.after);
  return entry;
}
