export const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

export function formatLine(record) {
  const level = record.level.toUpperCase().padEnd(5);
  const request = record.requestId ? ` req=${record.requestId}` : "";
  return `${record.at} ${level} [${record.service}] ${record.message}${request}\n`;
}
