import { belongsTo, defineModel, hasMany, tableSource } from "./vendor/lazy-orm/index.mjs";
import * as data from "./data.mjs";

export const Client = defineModel("Client", { source: tableSource(data.clients) });
export const Counsel = defineModel("Counsel", { source: tableSource(data.counsel) });
export const Hearing = defineModel("Hearing", { source: tableSource(data.hearings) });
export const Document = defineModel("Document", { source: tableSource(data.documents) });

// Shared with the conflicts-check service, which is the one that reads opposingCounsel.
export const Case = defineModel("Case", {
  source: tableSource(data.cases),
  relations: {
    client: belongsTo(() => Client, "clientId"),
    opposingCounsel: belongsTo(() => Counsel, "counselId"),
    hearings: hasMany(() => Hearing, "caseId"),
    documents: hasMany(() => Document, "caseId"),
  },
});
