// "Recent requests" panel: newest first, the last 50 (summaries only, not the request).
const MAX_RECENT = 50;
const recentRequests = [];
const recentErrors = [];

export function remember(req, res) {
  const startedAt = performance.now();
  res.on("finish", () => {
    const entry = {
      method: req.method,
      url: req.url,
      status: res.statusCode,
      ms: performance.now() - startedAt,
    };
    if (res.statusCode >= 500) {
      recentErrors.unshift(entry);
      if (recentErrors.length > MAX_RECENT) recentErrors.length = MAX_RECENT;
    }
    recentRequests.unshift(entry);
    if (recentRequests.length > MAX_RECENT) recentRequests.length = MAX_RECENT;
  });
}

export const recent = () => ({ requests: recentRequests, errors: recentErrors });
