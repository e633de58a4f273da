import { splitMessage } from '../split-message';
import { fixedToken, ZaloTokenError, type TokenSource } from './access-token';

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
    /** no valid access token: nothing more can reach any user until the operator acts */
    readonly noToken = false,
  ) {
    super(`Zalo OA API: part ${sent + 1} of ${total} not sent (${reason})`);
  }
}

/** A call the OA API does not answer within this long is given up (it would otherwise hold shutdown). */
export const ZALO_TIMEOUT_MS = 10_000;
/** the OA API's answer to an expired or revoked access token */
export const ZALO_TOKEN_INVALID = -216;

/**
 * `tokens` is a fixed access token or a TokenSource that refreshes it: a part refused with -216 is
 * sent again, once per reply, with the refreshed token.
 */
export function createZaloClient(apiBase: string, tokens: string | TokenSource, fetchImpl: typeof fetch = fetch, timeoutMs = ZALO_TIMEOUT_MS): ZaloClient {
  const url = `${apiBase.replace(/\/$/, '')}/v3.0/oa/message/cs`;
  const source = typeof tokens === 'string' ? fixedToken(tokens) : tokens;
  /** null when sent, else why not (and the OA API's error code when it gave one) */
  async function post(accessToken: string, userId: string, text: string): Promise<{ reason: string; code?: number } | null> {
    try {
      const res = await fetchImpl(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', access_token: accessToken },
        body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) return { reason: `answered ${res.status}` };
      const body = (await res.json().catch(() => ({}))) as { error?: number | string; message?: string };
      const code = Number(body.error ?? 0);
      return code !== 0 ? { reason: `error ${code}: ${body.message ?? ''}`, code } : null;
    } catch (e) {
      return { reason: (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e as Error).message };
    }
  }
  return {
    async sendText(userId, text) {
      const parts = splitMessage(text, ZALO_MAX_TEXT);
      let refreshed = false;
      for (let k = 0; k < parts.length; k++) {
        let token: string;
        try {
          token = await source.current();
        } catch (e) {
          throw new ZaloSendError(k, parts.length, (e as Error).message, e instanceof ZaloTokenError);
        }
        let failed = await post(token, userId, parts[k]!);
        if (failed?.code === ZALO_TOKEN_INVALID && !refreshed) {
          refreshed = true;
          try {
            token = await source.refresh(token);
          } catch (e) {
            throw new ZaloSendError(k, parts.length, `${failed.reason}; ${(e as Error).message}`, e instanceof ZaloTokenError);
          }
          failed = await post(token, userId, parts[k]!);
        }
        if (failed) throw new ZaloSendError(k, parts.length, failed.reason, failed.code === ZALO_TOKEN_INVALID);
      }
    },
  };
}
