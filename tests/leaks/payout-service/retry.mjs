const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` until it succeeds, up to `attempts` times with exponential backoff. The whole
 * operation is abandoned after `deadlineMs` (the signal passed to `task` is aborted and
 * `onGiveUp` is called so someone can follow up by hand).
 */
export async function withRetry(task, options = {}) {
  const {
    attempts = 4,
    baseDelayMs = 5,
    deadlineMs = 15 * 60 * 1000,
    label = "task",
    onGiveUp = () => {},
    isRetryable = (err) => err?.retryable !== false,
  } = options;

  const controller = new AbortController();
  let lastError;
  const deadline = setTimeout(() => {
    controller.abort(new Error(`${label}: deadline of ${deadlineMs} ms exceeded`));
    onGiveUp(lastError);
  }, deadlineMs);

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task({ attempt, signal: controller.signal });
    } catch (err) {
      lastError = err;
      if (attempt === attempts || !isRetryable(err) || controller.signal.aborted) {
        clearTimeout(deadline);
        throw err;
      }
      await sleep(baseDelayMs * 2 ** (attempt - 1));
    }
  }
}
