"use strict";

// A stand-in for the translation engine: a glossary lookup word by word.

const GLOSSARY = {
  de: {
    hello: "hallo",
    order: "Bestellung",
    shipped: "versandt",
    your: "Ihre",
    has: "wurde",
    been: "",
    thank: "danke",
    you: "Sie",
  },
  fr: {
    hello: "bonjour",
    order: "commande",
    shipped: "expédiée",
    your: "votre",
    has: "a",
    been: "été",
    thank: "merci",
    you: "vous",
  },
  nl: {
    hello: "hallo",
    order: "bestelling",
    shipped: "verzonden",
    your: "uw",
    has: "is",
    been: "",
    thank: "bedankt",
    you: "u",
  },
};

function translate(text, to) {
  const glossary = GLOSSARY[to];
  if (!glossary) return null;
  const words = text.split(/(\s+|[.,!?])/);
  const out = words.map((w) => {
    const hit = glossary[w.toLowerCase()];
    return hit === undefined ? w : hit;
  });
  return out.join("").replace(/\s{2,}/g, " ").trim();
}

const LANGUAGES = Object.keys(GLOSSARY);

module.exports = { translate, LANGUAGES };
