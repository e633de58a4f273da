import { splitMessage } from '../split-message';

/** Sends customer-service text messages through the Zalo OA API (address overridable for tests). */
export const ZALO_MAX_TEXT = 2000;

export interface ZaloClient {
  sendText(userId: string, text: string): Promise<void>;
}

export function createZaloClient(apiBase: string, accessToken: string, fetchImpl: typeof fetch = fetch): ZaloClient {
  const url = `${apiBase.replace(/\/$/, '')}/v3.0/oa/message/cs`;
  return {
    async sendText(userId, text) {
      for (const part of splitMessage(text, ZALO_MAX_TEXT)) {
        const res = await fetchImpl(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', access_token: accessToken },
          body: JSON.stringify({ recipient: { user_id: userId }, message: { text: part } }),
        });
        if (!res.ok) throw new Error(`Zalo OA API answered ${res.status}`);
        const body = (await res.json().catch(() => ({}))) as { error?: number; message?: string };
        if (body.error && body.error !== 0) throw new Error(`Zalo OA API error ${body.error}: ${body.message ?? ''}`);
      }
    },
  };
}
