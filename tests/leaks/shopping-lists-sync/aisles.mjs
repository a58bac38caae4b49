// Store layout of the household's usual supermarket, so the list can be sorted by aisle.
// In production this is a call to the layout service; the answer comes back asynchronously.
const LAYOUT = [
  [/milk|yoghurt|cheese|butter|eggs/, "chilled"],
  [/loaf|bread|bagel|croissant/, "bakery"],
  [/tomato|apple|banana|onion|lettuce|pepper/, "fruit & veg"],
  [/rice|pasta|flour|lentil|beans/, "dry goods"],
  [/washing|soap|bleach|sponge|bin bag/, "household"],
];

export function aisleFor(item) {
  return new Promise((resolve) => {
    setImmediate(() => {
      const hit = LAYOUT.find(([re]) => re.test(item));
      resolve(hit ? hit[1] : "other");
    });
  });
}
