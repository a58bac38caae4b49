// A small evaluator for what the budget templates use: numbers, cell references and SUM over
// a range. A parsed workbook keeps every evaluated cell so range reads do not recompute.

const REF = /^([A-Z])(\d+)$/;

function cols(from, to) {
  const out = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}

export function expandRange(range) {
  const [a, b = a] = range.split(":");
  const ma = REF.exec(a);
  const mb = REF.exec(b);
  if (!ma || !mb) throw new RangeError(`bad range ${range}`);
  const refs = [];
  for (let r = Number(ma[2]); r <= Number(mb[2]); r++) {
    for (const c of cols(ma[1], mb[1])) refs.push(`${c}${r}`);
  }
  return refs;
}

export function parseSheet(name, raw) {
  const values = new Map();
  const formulas = new Map();
  for (const [ref, input] of Object.entries(raw)) {
    if (input.startsWith("=")) formulas.set(ref, input.slice(1));
    else values.set(ref, input === "" || Number.isNaN(Number(input)) ? input : Number(input));
  }
  const evaluating = new Set();
  const evaluate = (ref) => {
    if (values.has(ref)) return values.get(ref);
    const formula = formulas.get(ref);
    if (formula === undefined) return 0;
    if (evaluating.has(ref)) throw new Error(`circular reference at ${name}!${ref}`);
    evaluating.add(ref);
    const sum = /^SUM\(([A-Z]\d+:[A-Z]\d+)\)$/.exec(formula);
    let result;
    if (sum) {
      result = expandRange(sum[1]).reduce((acc, r) => {
        const v = evaluate(r);
        return acc + (typeof v === "number" ? v : 0);
      }, 0);
    } else if (REF.test(formula)) {
      result = evaluate(formula);
    } else {
      result = Number(formula);
    }
    evaluating.delete(ref);
    values.set(ref, result);
    return result;
  };
  for (const ref of formulas.keys()) evaluate(ref);
  return { name, values, formulas: Object.fromEntries(formulas) };
}

export function parseWorkbook(stored) {
  return {
    id: stored.id,
    title: stored.title,
    revision: stored.revision,
    sheets: Object.fromEntries(
      Object.entries(stored.sheets).map(([name, raw]) => [name, parseSheet(name, raw)]),
    ),
  };
}
