/** The council's online application forms. */

export interface Field {
  name: string;
  label: string;
  type: "text" | "email" | "date" | "select";
  options?: string[];
  required?: boolean;
}

export interface FormDef {
  title: string;
  fields: Field[];
}

export const FORMS: Record<string, FormDef> = {
  "parking-permit": {
    title: "Apply for a resident parking permit",
    fields: [
      { name: "name", label: "Full name", type: "text", required: true },
      { name: "email", label: "Email", type: "email", required: true },
      { name: "plate", label: "Number plate", type: "text", required: true },
      { name: "zone", label: "Zone", type: "select", options: ["A", "B", "C", "D"] },
      { name: "start", label: "Start date", type: "date" },
    ],
  },
  "skip-licence": {
    title: "Licence to place a skip on the highway",
    fields: [
      { name: "company", label: "Skip company", type: "text", required: true },
      { name: "address", label: "Address", type: "text", required: true },
      { name: "from", label: "From", type: "date", required: true },
      { name: "to", label: "To", type: "date", required: true },
    ],
  },
};

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function renderField(f: Field): string {
  const req = f.required ? " required" : "";
  if (f.type === "select") {
    const opts = (f.options ?? []).map((o) => `<option>${escape(o)}</option>`).join("");
    return `<label>${escape(f.label)} <select name="${f.name}"${req}>${opts}</select></label>`;
  }
  return `<label>${escape(f.label)} <input type="${f.type}" name="${f.name}"${req}></label>`;
}

export function renderForm(id: string, def: FormDef, csrfToken: string): string {
  return `<!doctype html><title>${escape(def.title)}</title><h1>${escape(def.title)}</h1>
<form method="post" action="/apply/${id}">
<input type="hidden" name="_csrf" value="${escape(csrfToken)}">
${def.fields.map(renderField).join("\n")}
<button>Submit</button></form>`;
}

export function missingFields(def: FormDef, data: URLSearchParams): string[] {
  return def.fields.filter((f) => f.required && !data.get(f.name)).map((f) => f.name);
}
