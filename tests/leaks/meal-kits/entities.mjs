export class Recipe {
  static table = "recipes";

  toRow() {
    const { id, title, minutes, kcal, veggie } = this;
    return { id, title, minutes, kcal, veggie };
  }
}

export class Subscriber {
  static table = "subscribers";

  toRow() {
    const { id, name, plan, servings } = this;
    return { id, name, plan, servings };
  }
}

export class Delivery {
  static table = "deliveries";

  swap(fromId, recipe) {
    const at = this.recipeIds.indexOf(fromId);
    if (at === -1) throw new RangeError(`${fromId} is not in this box`);
    if (this.recipeIds.includes(recipe.id)) throw new RangeError(`${recipe.id} is already in it`);
    this.recipeIds[at] = recipe.id;
    this.notes.push({ kind: "swap", from: fromId, to: recipe.id, at: new Date().toISOString() });
  }

  toRow() {
    const { id, subscriberId, week, recipeIds, servings, slot, address, status, notes } = this;
    return { id, subscriberId, week, recipeIds, servings, slot, address, status, notes };
  }
}
