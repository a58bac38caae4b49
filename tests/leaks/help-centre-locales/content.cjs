"use strict";

const { Catalog } = require("./vendor/tiny-i18n/index.cjs");

const catalog = new Catalog({
  defaultLocale: "en",
  fallbacks: { "de-AT": ["de"], "pt-BR": ["pt"] },
});

catalog.load("en", {
  "nav.home": "Help Centre",
  "nav.search": "Search help articles",
  "nav.contact": "Contact support",
  "article.updated": "Updated on {date} by {author}",
  "article.helpful": "Was this article helpful? {count} people found it useful.",
  "article.related": "Related articles in {section}",
  "footer.hours": "Support is available {hours}, {days}.",
  "footer.status": "All systems operational",
  "section.account": "Account and sign-in",
  "section.billing": "Billing and invoices",
});
catalog.load("de", {
  "nav.home": "Hilfe-Center",
  "nav.search": "Hilfeartikel durchsuchen",
  "nav.contact": "Support kontaktieren",
  "article.updated": "Aktualisiert am {date} von {author}",
  "article.helpful": "War dieser Artikel hilfreich? {count} Personen fanden ihn nützlich.",
  "article.related": "Verwandte Artikel in {section}",
  "footer.hours": "Der Support ist {days} {hours} erreichbar.",
  "section.account": "Konto und Anmeldung",
  "section.billing": "Abrechnung und Rechnungen",
});
catalog.load("pt", {
  "nav.home": "Central de Ajuda",
  "nav.search": "Pesquisar artigos de ajuda",
  "article.updated": "Atualizado em {date} por {author}",
  "article.helpful": "Este artigo foi útil? {count} pessoas acharam útil.",
  "article.related": "Artigos relacionados em {section}",
  "section.account": "Conta e acesso",
  "section.billing": "Cobrança e faturas",
});
catalog.load("pt-BR", { "nav.contact": "Fale com o suporte" });

/** Help articles: the body per locale, English when there is no translation yet. */
const articles = new Map([
  ["reset-password", {
    section: "section.account",
    author: "Priya N.",
    updatedAt: Date.UTC(2025, 2, 14),
    helpful: 1284,
    body: {
      en: "Open Sign in, choose Forgot password and enter the email address of your account. " +
        "We send a link that works for 30 minutes. If nothing arrives, check the spam folder.",
      de: "Öffnen Sie Anmelden, wählen Sie Passwort vergessen und geben Sie die E-Mail-Adresse " +
        "Ihres Kontos ein. Der Link ist 30 Minuten gültig.",
      pt: "Abra Entrar, escolha Esqueci a senha e informe o e-mail da sua conta. " +
        "O link vale por 30 minutos.",
    },
  }],
  ["download-invoices", {
    section: "section.billing",
    author: "Marco L.",
    updatedAt: Date.UTC(2025, 4, 2),
    helpful: 731,
    body: {
      en: "Invoices are under Billing → History. Each one can be downloaded as PDF or sent to " +
        "your accountant's address; invoices older than seven years are archived.",
      de: "Rechnungen finden Sie unter Abrechnung → Verlauf, jeweils als PDF.",
    },
  }],
]);

module.exports = { catalog, articles };
