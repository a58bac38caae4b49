// Email templates on Handlebars: one shared layout, and each campaign's own header and footer
// blocks registered as partials under the campaign's name so the layout can pull them in with
// a dynamic partial lookup.
import Handlebars from "handlebars";

export const hbs = Handlebars.create();

hbs.registerHelper(
  "money",
  (cents: number, currency: string) =>
    new Intl.NumberFormat("en-GB", { style: "currency", currency: currency || "EUR" }).format(
      cents / 100,
    ),
);
hbs.registerHelper("upper", (s: string) => String(s ?? "").toUpperCase());
hbs.registerHelper("partialFor", (campaign: string, block: string) => `${campaign}/${block}`);

const layout = hbs.compile(`<!doctype html>
<html><body style="font-family:sans-serif">
  {{> (partialFor campaign.id "header") }}
  <p>Hi {{recipient.firstName}},</p>
  {{#each products}}
    <div class="product"><b>{{title}}</b> — {{money priceCents ../campaign.currency}}</div>
  {{/each}}
  <a href="{{unsubscribeUrl}}">Unsubscribe</a>
  {{> (partialFor campaign.id "footer") }}
</body></html>`);

export interface Campaign {
  id: string;
  subject: string;
  currency: string;
  header: string;
  footer: string;
  products: { title: string; priceCents: number }[];
  updatedAt: number;
}

export function registerCampaignBlocks(c: Campaign) {
  hbs.registerPartial(`${c.id}/header`, hbs.compile(c.header));
  hbs.registerPartial(`${c.id}/footer`, hbs.compile(c.footer));
}

export function renderPreview(
  c: Campaign,
  recipient: { firstName: string; email: string },
  previewId: string,
) {
  return layout({
    campaign: c,
    recipient,
    products: c.products,
    unsubscribeUrl: `https://mail.example.com/u/${previewId}`,
  });
}
