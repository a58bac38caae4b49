export interface Notification {
  id: string;
  kind: "announcement" | "mention" | "assignment";
  title: string;
  body: string;
  link?: string;
  from: string;
  createdAt: string;
  readAt: string | null;
}

export interface Inbox {
  userId: string;
  items: Notification[];
  unread: number;
}

const MAX_INBOX_ITEMS = 50;

export class InboxStore {
  #inboxes = new Map<string, Inbox>();
  #sequence = 0;

  #inboxFor(userId: string): Inbox {
    let inbox = this.#inboxes.get(userId);
    if (!inbox) {
      inbox = { userId, items: [], unread: 0 };
      this.#inboxes.set(userId, inbox);
    }
    return inbox;
  }

  deliver(userId: string, message: Omit<Notification, "id" | "createdAt" | "readAt">) {
    const inbox = this.#inboxFor(userId);
    const notification: Notification = {
      ...message,
      id: `n_${++this.#sequence}`,
      createdAt: new Date().toISOString(),
      readAt: null,
    };
    inbox.items.unshift(notification);
    inbox.items.slice(0, MAX_INBOX_ITEMS);
    inbox.unread++;
    return notification.id;
  }

  list(userId: string, limit = 20) {
    const inbox = this.#inboxFor(userId);
    return { unread: inbox.unread, items: inbox.items.slice(0, limit) };
  }

  markAllRead(userId: string) {
    const inbox = this.#inboxFor(userId);
    const now = new Date().toISOString();
    for (const item of inbox.items) item.readAt ??= now;
    inbox.unread = 0;
  }
}
