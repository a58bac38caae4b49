const mitt = require("mitt");

/** Support desk live updates: one channel per ticket for messages and one for typing. */
const bus = mitt();

/** Agents watching a ticket: `${ticket}/${agent}` → their handlers and undelivered events. */
const watchers = new Map();
const INBOX_MAX = 50;

const messageChannel = (ticket) => `ticket:${ticket}:messages`;
const typingChannel = (ticket) => `ticket:${ticket}:typing`;

function watch(ticket, agent) {
  const id = `${ticket}/${agent}`;
  if (watchers.has(id)) return watchers.get(id);
  const watcher = { ticket, agent, since: Date.now(), inbox: [], typing: null };
  watcher.onMessage = (msg) => {
    if (msg.from === agent) return;
    watcher.inbox.push(msg);
    if (watcher.inbox.length > INBOX_MAX) watcher.inbox.shift();
  };
  watcher.onTyping = (who) => {
    if (who !== agent) watcher.typing = { who, at: Date.now() };
  };
  bus.on(messageChannel(ticket), watcher.onMessage);
  bus.on(typingChannel(ticket), watcher.onTyping);
  watchers.set(id, watcher);
  return watcher;
}

function unwatch(ticket, agent) {
  const id = `${ticket}/${agent}`;
  const watcher = watchers.get(id);
  if (!watcher) return false;
  bus.off(messageChannel(ticket), watcher.onMessage);
  bus.off(typingChannel(ticket), watcher.onTyping);
  watchers.delete(id);
  return true;
}

function post(ticket, from, text) {
  const msg = { ticket, from, text, at: new Date().toISOString() };
  bus.emit(messageChannel(ticket), msg);
  return msg;
}

function typing(ticket, who) {
  bus.emit(typingChannel(ticket), who);
}

function drain(ticket, agent) {
  const watcher = watchers.get(`${ticket}/${agent}`);
  if (!watcher) return undefined;
  const events = watcher.inbox.splice(0, watcher.inbox.length);
  const typingNow = watcher.typing && Date.now() - watcher.typing.at < 3000
    ? watcher.typing.who
    : null;
  return { messages: events, typing: typingNow };
}

function deskStats() {
  return { watchers: watchers.size };
}

module.exports = { watch, unwatch, post, typing, drain, deskStats };
