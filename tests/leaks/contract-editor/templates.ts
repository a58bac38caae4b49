/** Clause templates the legal team maintains; a new contract starts from one of these. */

export interface ClauseTemplate {
  key: string;
  heading: string;
  text: string;
}

const COMMON: ClauseTemplate[] = [
  {
    key: "parties",
    heading: "Parties",
    text: 'This agreement is made between {partyA} and {partyB} (each a "Party").',
  },
  {
    key: "law",
    heading: "Governing law",
    text:
      "This agreement is governed by the laws of the Netherlands. Disputes go to the court of Amsterdam.",
  },
];

export const TEMPLATES: Record<string, ClauseTemplate[]> = {
  nda: [
    ...COMMON,
    {
      key: "confidential",
      heading: "Confidential information",
      text:
        "Confidential Information means all information disclosed by a Party that is marked as confidential or that a reasonable person would understand to be confidential.",
    },
    {
      key: "term",
      heading: "Term",
      text: "The obligations in this agreement last for two (2) years from the Effective Date.",
    },
  ],
  msa: [
    ...COMMON,
    {
      key: "services",
      heading: "Services",
      text: "The Supplier provides the services described in each Statement of Work.",
    },
    {
      key: "fees",
      heading: "Fees and payment",
      text: "Invoices are payable within thirty (30) days of the invoice date.",
    },
    {
      key: "liability",
      heading: "Limitation of liability",
      text:
        "Neither Party is liable for indirect or consequential loss. Total liability is capped at the fees paid in the twelve months before the claim.",
    },
  ],
};
