// Newsletter bodies are EJS written by the marketing team in the studio. A send renders the
// same body once per subscriber, so compiled templates are cached by EJS itself: `cache: true`
// with the newsletter id and revision as the cache key (an edit is a new revision and so
// compiles again).
import ejs from "ejs";

const LAYOUT = `<!doctype html>
<html><body style="font-family: sans-serif">
<header><h1><%= subject %></h1></header>
<main><%- body %></main>
<footer><a href="<%= unsubscribeUrl %>">Unsubscribe</a> · <%= brand %></footer>
</body></html>`;

const helpers = {
  money: (cents, currency = "EUR") =>
    new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100),
  upper: (s) => String(s).toUpperCase(),
};

export function renderNewsletter(newsletter, subscriber) {
  const data = {
    ...helpers,
    subscriber,
    products: newsletter.products,
    brand: "Northwind Outdoors",
  };
  const body = ejs.render(newsletter.template, data, {
    cache: true,
    filename: `newsletter:${newsletter.id}:r${newsletter.revision}`,
  });
  return ejs.render(LAYOUT, {
    subject: newsletter.subject,
    body,
    unsubscribeUrl: `https://news.example.com/u/${encodeURIComponent(subscriber.email)}`,
    brand: data.brand,
  }, { cache: true, filename: "layout" });
}

export function validateTemplate(source) {
  try {
    ejs.compile(source, { client: false });
    return null;
  } catch (e) {
    return e.message.split("\n")[0];
  }
}
