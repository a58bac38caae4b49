/** Press kits and their files (the files themselves sit on the CDN origin). */
export const kits = new Map([
  ["spring-launch", {
    slug: "spring-launch",
    title: "Spring launch 2025",
    embargo: "2025-06-03T07:00:00Z",
    contact: "press@fernhill.example",
    files: [
      { name: "hero-4k.jpg", bytes: 9_412_118, mime: "image/jpeg" },
      { name: "product-shots.zip", bytes: 148_220_931, mime: "application/zip" },
      { name: "release-en.pdf", bytes: 388_120, mime: "application/pdf" },
      { name: "founder-interview.mp4", bytes: 412_883_004, mime: "video/mp4" },
    ],
  }],
  ["annual-report", {
    slug: "annual-report",
    title: "Annual report 2024",
    embargo: null,
    contact: "ir@fernhill.example",
    files: [{ name: "annual-report-2024.pdf", bytes: 6_120_400, mime: "application/pdf" }],
  }],
]);

export function findFile(kit, name) {
  return kit.files.find((f) => f.name === name) ?? null;
}
