import { HttpError, type Transformer } from 'grammy';

/**
 * Retry a Bot API call that failed on the network (not on an API answer) a bounded number of times,
 * 1 s, 2 s, 4 s apart, and stop at once when the call's signal aborts (shutdown, polling stopped).
 * getUpdates is left to grammY's polling loop, which has its own backoff.
 */
export function networkRetry(attempts: number, baseDelayMs = 1000): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (e) {
        if (!(e instanceof HttpError) || method === 'getUpdates' || attempt >= attempts || signal?.aborted) throw e;
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, baseDelayMs * 2 ** (attempt - 1));
          signal?.addEventListener('abort', () => {
            clearTimeout(t);
            resolve();
          });
        });
        if (signal?.aborted) throw e;
      }
    }
  };
}
