/** A signed-in editor: who they are and the document locks they currently hold. */
export class Editor {
  constructor(name) {
    this.name = name;
    this.since = Date.now();
    this.lastSeen = this.since;
    this.held = new Set();
  }

  touch() {
    this.lastSeen = Date.now();
  }

  summary() {
    return {
      name: this.name,
      since: new Date(this.since).toISOString(),
      holding: [...this.held].map((lock) => lock.docId),
    };
  }
}

const editors = new Map();

export function editorFor(name) {
  let editor = editors.get(name);
  if (!editor) {
    editor = new Editor(name);
    editors.set(name, editor);
  }
  editor.touch();
  return editor;
}

export function findEditor(name) {
  return editors.get(name);
}
