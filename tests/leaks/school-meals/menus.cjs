"use strict";

/** Next week's menu at Moorside Primary, by date; a choice of two mains and a pudding. */
const MENU = {
  "2031-03-10": {
    mains: [
      { code: "M1", name: "Roast chicken, roast potatoes, carrots", allergens: [] },
      { code: "M2", name: "Cheese and tomato pasta bake", allergens: ["milk", "gluten"] },
    ],
    pudding: { name: "Apple crumble and custard", allergens: ["milk", "gluten"] },
  },
  "2031-03-11": {
    mains: [
      { code: "M1", name: "Beef lasagne, garlic bread", allergens: ["milk", "gluten"] },
      { code: "M2", name: "Vegetable curry and rice", allergens: [] },
    ],
    pudding: { name: "Fruit salad", allergens: [] },
  },
  "2031-03-12": {
    mains: [
      { code: "M1", name: "Fish fingers, chips and peas", allergens: ["fish", "gluten"] },
      { code: "M2", name: "Quorn nuggets, chips and peas", allergens: ["egg", "gluten"] },
    ],
    pudding: { name: "Chocolate sponge", allergens: ["milk", "egg", "gluten"] },
  },
  "2031-03-13": {
    mains: [
      { code: "M1", name: "Sausage and mash, gravy", allergens: ["gluten", "sulphites"] },
      { code: "M2", name: "Jacket potato with beans and cheese", allergens: ["milk"] },
    ],
    pudding: { name: "Flapjack", allergens: ["gluten"] },
  },
  "2031-03-14": {
    mains: [
      { code: "M1", name: "Pizza margherita, salad", allergens: ["milk", "gluten"] },
      { code: "M2", name: "Tuna pasta salad", allergens: ["fish", "gluten", "egg"] },
    ],
    pudding: { name: "Yoghurt and a biscuit", allergens: ["milk", "gluten"] },
  },
};

function menuFor(date) {
  return MENU[date] ?? null;
}

module.exports = { MENU, menuFor };
