export interface Message {
  from: string;
  role: "customer" | "agent";
  text: string;
  at: number;
}

export interface Conversation {
  id: string;
  customer: string;
  agent: string | undefined;
  topic: string;
  openedAt: number;
  messages: Message[];
}

// The agent on duty for each queue (the rota changes at shift handover).
const ON_DUTY: Record<string, string> = {
  delivery: "agent-noor",
  billing: "agent-pieter",
  general: "agent-sanne",
};

const open = new Map<string, Conversation>();
const closedToday = { count: 0, messages: 0 };

export function openConversation(id: string, customer: string, topic: string): Conversation {
  const conversation: Conversation = {
    id,
    customer,
    agent: ON_DUTY[topic] ?? ON_DUTY.general,
    topic,
    openedAt: Date.now(),
    messages: [],
  };
  open.set(id, conversation);
  return conversation;
}

export function findConversation(id: string): Conversation | undefined {
  return open.get(id);
}

export function participantsOf(conversation: Conversation): string[] {
  return conversation.agent ? [conversation.customer, conversation.agent] : [conversation.customer];
}

export function closeConversation(conversation: Conversation): void {
  open.delete(conversation.id);
  closedToday.count++;
  closedToday.messages += conversation.messages.length;
}

export function conversationStats() {
  return { open: open.size, closedToday: closedToday.count, messages: closedToday.messages };
}
