"use strict";

/** "[%datetime%] %channel%.%level_name%: %message% %context% %extra%\n" */
class LineFormatter {
  format(record) {
    const context = Object.keys(record.context).length ? JSON.stringify(record.context) : "[]";
    const extra = Object.keys(record.extra).length ? JSON.stringify(record.extra) : "[]";
    return `[${record.datetime.toISOString()}] ${record.channel}.${record.level_name}: ${record.message} ${context} ${extra}\n`;
  }
}

module.exports = { LineFormatter };
