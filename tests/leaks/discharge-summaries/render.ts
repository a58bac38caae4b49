export interface Medication {
  name: string;
  dose: string;
  frequency: string;
  change?: "new" | "changed" | "stopped" | "unchanged";
}

export interface Discharge {
  patientId: string;
  name: string;
  dob: string;
  ward: string;
  admittedOn: string;
  dischargedOn: string;
  consultant: string;
  diagnosis: string;
  procedures: string[];
  medications: Medication[];
  followUp: string;
  gpPractice: string;
}

export interface Summary {
  patientId: string;
  version: number;
  renderedAt: string;
  html: string;
  text: string;
}

function escape(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!,
  );
}

/** Renders the letter that goes to the GP and, as plain text, to the patient portal. */
export async function renderSummary(d: Discharge, version: number): Promise<Summary> {
  // the letter template lives with the document service; a render takes a moment
  await new Promise((r) => setTimeout(r, 2));
  const meds = d.medications.map((m) =>
    `<tr><td>${escape(m.name)}</td><td>${escape(m.dose)}</td><td>${escape(m.frequency)}</td><td>${
      m.change ?? "unchanged"
    }</td></tr>`
  ).join("");
  const html = `<article class="discharge"><h1>Discharge summary</h1>` +
    `<p>${escape(d.name)} (${escape(d.patientId)}), born ${escape(d.dob)}</p>` +
    `<p>Ward ${escape(d.ward)}, ${escape(d.admittedOn)} to ${escape(d.dischargedOn)}, under ${
      escape(d.consultant)
    }</p>` +
    `<h2>Diagnosis</h2><p>${escape(d.diagnosis)}</p>` +
    `<h2>Procedures</h2><ul>${d.procedures.map((p) => `<li>${escape(p)}</li>`).join("")}</ul>` +
    `<h2>Medication on discharge</h2><table>${meds}</table>` +
    `<h2>Follow-up</h2><p>${escape(d.followUp)}</p></article>`;
  const text = [
    `Discharge summary for ${d.name}`,
    `Diagnosis: ${d.diagnosis}`,
    `Medicines: ${d.medications.map((m) => `${m.name} ${m.dose} ${m.frequency}`).join("; ")}`,
    `Follow-up: ${d.followUp}`,
  ].join("\n");
  return { patientId: d.patientId, version, renderedAt: new Date().toISOString(), html, text };
}
