/**
 * The live feed behind the crews' tablets: every report and repair is published once and each
 * tablet that asks gets its own stream of what follows.
 */
export class LiveFeed<T> {
  #stream: ReadableStream<T>;
  #controller!: ReadableStreamDefaultController<T>;
  #published = 0;
  #subscribers = 0;

  constructor() {
    this.#stream = new ReadableStream<T>({
      start: (controller) => {
        this.#controller = controller;
      },
    });
  }

  publish(event: T) {
    this.#controller.enqueue(event);
    this.#published++;
  }

  /**
   * A stream of the feed for one more reader. A ReadableStream has one reader, so the feed is
   * split with tee(): one branch goes to the caller, the other stays as the feed.
   */
  subscribe(): ReadableStream<T> {
    let mine: ReadableStream<T>;
    [this.#stream, mine] = this.#stream.tee();
    this.#subscribers++;
    return mine;
  }

  stats() {
    return { published: this.#published, subscribers: this.#subscribers };
  }
}
