import { splitMessage } from '../split-message';

/** Sends customer-service text messages through the Zalo OA API (address overridable for tests). */
export const ZALO_MAX_TEXT = 2000;

export interface ZaloClient {
  sendText(userId: string, text: string): Promise<void>;
}

/** Part `sent + 1` of a reply of `total` parts could not be sent (the parts before it were). */
export class ZaloSendError extends Error {
  override readonly name = 'ZaloSendError';
  constructor(
    readonly sent: number,
    readonly total: number,
    readonly reason: string,
  ) {
    super(`Zalo OA API: part ${sent + 1} of ${total} not sent (${reason})`);
  }
}

/** A call the OA API does not answer within this long is given up (it would otherwise hold shutdown). */
export const ZALO_TIMEOUT_MS = 10_000;

export function createZaloClient(apiBase: string, accessToken: string, fetchImpl: typeof fetch = fetch, timeoutMs = ZALO_TIMEOUT_MS): ZaloClient {
  const url = `${apiBase.replace(/\/$/, '')}/v3.0/oa/message/cs`;
  return {
    async sendText(userId, text) {
      const parts = splitMessage(text, ZALO_MAX_TEXT);
      for (let k = 0; k < parts.length; k++) {
        let reason: string | null = null;
        try {
          const res = await fetchImpl(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', access_token: accessToken },
            body: JSON.stringify({ recipient: { user_id: userId }, message: { text: parts[k] } }),
            signal: AbortSignal.timeout(timeoutMs),
          });
          if (!res.ok) reason = `answered ${res.status}`;
          else {
            const body = (await res.json().catch(() => ({}))) as { error?: number; message?: string };
            if (body.error && body.error !== 0) reason = `error ${body.error}: ${body.message ?? ''}`;
          }
        } catch (e) {
          reason = (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e as Error).message;
        }
        if (reason) throw new ZaloSendError(k, parts.length, reason);
      }
    },
  };
}
