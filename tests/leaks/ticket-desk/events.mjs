import diagnostics_channel from "node:diagnostics_channel";

export const ticketClosed = diagnostics_channel.channel("desk:ticket-closed");
