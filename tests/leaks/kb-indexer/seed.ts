import type { Article } from "./search_index.ts";

export const SEED_ARTICLES: Article[] = [
  {
    id: "kb-refunds",
    title: "Refund policy for annual plans",
    body:
      "Annual plans can be refunded within 30 days of purchase. After that we credit the unused months to your account.",
    tags: ["billing", "refund"],
    updatedAt: "2024-04-02T09:00:00.000Z",
  },
  {
    id: "kb-invoices",
    title: "Downloading invoices",
    body:
      "Invoices are listed under Settings → Billing. Each invoice can be downloaded as PDF or sent to a billing contact.",
    tags: ["billing", "invoice"],
    updatedAt: "2024-03-18T14:30:00.000Z",
  },
  {
    id: "kb-sso",
    title: "Setting up single sign-on",
    body:
      "Single sign-on works with any SAML 2.0 identity provider. Upload the metadata file and map the email attribute.",
    tags: ["security", "sso"],
    updatedAt: "2024-05-11T08:15:00.000Z",
  },
  {
    id: "kb-export",
    title: "Exporting your data",
    body:
      "Workspace owners can export projects, comments and attachments as a ZIP archive. Large exports are emailed.",
    tags: ["data", "export"],
    updatedAt: "2024-02-27T16:45:00.000Z",
  },
  {
    id: "kb-refund-failed",
    title: "Why did my refund fail?",
    body:
      "Refunds to expired cards are returned to us by the bank. Contact support with the refund reference to get a transfer.",
    tags: ["billing", "refund", "troubleshooting"],
    updatedAt: "2024-05-29T11:05:00.000Z",
  },
];
