export const templates = new Map([
  ["discharge", {
    version: "2024-03",
    text: "Dear {{patientName}},\n\nYou were seen in the {{clinic}} clinic on {{seenOn}} by " +
      "{{clinician}}. {{summary}}\n\nPlease continue {{medication}} and book a review with " +
      "your GP in {{reviewWeeks}} weeks.\n\nYours sincerely,\n{{clinician}}",
  }],
  ["appointment", {
    version: "2023-11",
    text: "Dear {{patientName}},\n\nYour appointment at the {{clinic}} clinic is on {{date}} at " +
      "{{time}}. Please arrive 10 minutes early and bring a list of your medicines.",
  }],
]);

export function fill(template, values) {
  return template.text.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key] ?? ""));
}
