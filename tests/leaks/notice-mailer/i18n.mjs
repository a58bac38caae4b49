import i18next from "i18next";

// Transactional mail texts. German and French are complete; Dutch is being translated.
const resources = {
  en: {
    mail: {
      "order-shipped": {
        subject: "Your order {{order}} is on its way",
        greeting: "Hello {{name}},",
        body: "{{carrier}} is delivering your parcel. Expected delivery: {{eta, datetime}}.",
        footer: "Track it any time at {{trackingUrl}}",
      },
      "password-reset": {
        subject: "Reset your password",
        greeting: "Hello {{name}},",
        body: "Use this link within {{minutes}} minutes to choose a new password: {{link}}",
        footer: "If you did not ask for this, you can ignore this mail.",
      },
    },
  },
  de: {
    mail: {
      "order-shipped": {
        subject: "Ihre Bestellung {{order}} ist unterwegs",
        greeting: "Hallo {{name}},",
        body: "{{carrier}} liefert Ihr Paket. Voraussichtliche Zustellung: {{eta, datetime}}.",
        footer: "Sendungsverfolgung: {{trackingUrl}}",
      },
      "password-reset": {
        subject: "Passwort zurücksetzen",
        greeting: "Hallo {{name}},",
        body:
          "Mit diesem Link können Sie innerhalb von {{minutes}} Minuten ein neues Passwort wählen: {{link}}",
        footer: "Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.",
      },
    },
  },
  fr: {
    mail: {
      "order-shipped": {
        subject: "Votre commande {{order}} est en route",
        greeting: "Bonjour {{name}},",
        body: "{{carrier}} livre votre colis. Livraison prévue : {{eta, datetime}}.",
        footer: "Suivez-le à tout moment : {{trackingUrl}}",
      },
      "password-reset": {
        subject: "Réinitialisez votre mot de passe",
        greeting: "Bonjour {{name}},",
        body:
          "Utilisez ce lien dans les {{minutes}} minutes pour choisir un nouveau mot de passe : {{link}}",
        footer: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
      },
    },
  },
  nl: {
    mail: {
      "order-shipped": {
        subject: "Je bestelling {{order}} is onderweg",
        greeting: "Hallo {{name}},",
      },
    },
  },
};

export const i18n = i18next.createInstance();

await i18n.init({
  resources,
  lng: "en",
  fallbackLng: "en",
  supportedLngs: ["en", "de", "fr", "nl"],
  ns: ["mail"],
  defaultNS: "mail",
  keySeparator: ".",
  // Report keys a language lacks (translators get the list from the preview tool).
  saveMissing: true,
  saveMissingTo: "current",
  interpolation: { escapeValue: false },
});

export const LANGUAGES = ["en", "de", "fr", "nl"];
export const TEMPLATES = ["order-shipped", "password-reset"];
