const COMPANIES = ["Bol", "Adyen", "Mollie", "Picnic", "Coolblue", "Rabobank", "Exact", "Booking"];
const TITLES = [
  ["Backend Engineer (Go)", ["go", "postgres", "kubernetes"]],
  ["Senior Frontend Developer", ["typescript", "react", "css"]],
  ["Site Reliability Engineer", ["linux", "terraform", "kubernetes"]],
  ["Data Engineer", ["python", "spark", "airflow"]],
  ["Rust Developer", ["rust", "tokio", "postgres"]],
  ["Engineering Manager", ["leadership", "hiring", "agile"]],
  ["QA Automation Engineer", ["playwright", "typescript", "ci"]],
];
const CITIES = ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Den Haag"];

export const JOBS = Array.from({ length: 120 }, (_, n) => {
  const [title, tags] = TITLES[n % TITLES.length];
  return {
    id: `job-${1000 + n}`,
    title,
    company: COMPANIES[(n * 3) % COMPANIES.length],
    location: CITIES[(n * 7) % CITIES.length],
    remote: n % 4 === 0,
    salary: { min: 48000 + (n % 9) * 4000, max: 62000 + (n % 9) * 5000, currency: "EUR" },
    tags,
    postedAt: new Date(Date.UTC(2024, 4, 1 + (n % 28), 9)).toISOString(),
  };
});
