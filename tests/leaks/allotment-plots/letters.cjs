"use strict";

/** Offer letters, filled from a stack of frames (the letter's, then each section's). */
const stack = [];

function within(frame, render) {
  stack.push(frame);
  try {
    return render();
  } finally {
    stack.pop();
  }
}

function fill(template) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    for (let i = stack.length - 1; i >= 0; i--) if (name in stack[i]) return String(stack[i][name]);
    return "";
  });
}

const SECTIONS = [
  { name: "intro", render: () => fill("Dear {name},\n\nPlot {plot} ({m2} m²) is yours to take.") },
  {
    name: "shed",
    render: () => {
      if (!fill("{shed}")) throw new Error("no shed on this plot");
      return fill("The plot comes with a {shed}; the previous tenant asks €{shedPrice} for it.");
    },
  },
  { name: "rules", render: () => fill("The yearly rent is €{rent}, due on 1 March.") },
];

function offerLetter(frame) {
  return within(frame, () =>
    SECTIONS.map((section) => {
      try {
        return within({ section: section.name }, section.render);
      } catch {
        return "";
      }
    }).filter(Boolean).join("\n\n"));
}

module.exports = { offerLetter, frameDepth: () => stack.length };
