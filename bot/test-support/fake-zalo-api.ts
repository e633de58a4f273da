import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Zalo OA API and its OAuth endpoint, on one address (tests set both
 * ZALO_API_BASE and ZALO_OAUTH_BASE to it):
 * - POST /v3.0/oa/message/cs records each send; with `accessTokens` given, only those tokens work and
 *   any other is answered error -216, as Zalo answers an expired token;
 * - POST /v4/oa/access_token renews a pair as Zalo does: each refresh token works once, and the
 *   answer holds access_token, refresh_token and expires_in (a string of seconds, as Zalo sends it).
 *   `oauth: 'refuse'` answers every refresh with Zalo's error for an invalid refresh token.
 */
export interface FakeZaloApi {
  base: string;
  sent: Array<{ accessToken: string | undefined; raw: string; body: { recipient: { user_id: string }; message: { text: string } } }>;
  /** every send the API refused, with the token it carried */
  refused: Array<{ accessToken: string | undefined }>;
  /** every refresh request, as received */
  refreshes: Array<{ secretKey: string | undefined; form: Record<string, string>; ok: boolean }>;
  /** the tokens that work now (when the API checks them) */
  accessTokens: Set<string> | null;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FakeZaloOptions {
  /** only these access tokens work; each refresh adds the new one (and, like Zalo, the old one stops) */
  accessTokens?: string[];
  /** refresh tokens the OAuth endpoint accepts, once each */
  refreshTokens?: string[];
  oauth?: 'ok' | 'refuse';
  /** the app secret key the OAuth endpoint expects in the secret_key header */
  appSecret?: string;
  expiresInSeconds?: number;
}

export async function startFakeZaloApi(options: FakeZaloOptions = {}): Promise<FakeZaloApi> {
  const sent: FakeZaloApi['sent'] = [];
  const refused: FakeZaloApi['refused'] = [];
  const refreshes: FakeZaloApi['refreshes'] = [];
  const accessTokens = options.accessTokens ? new Set(options.accessTokens) : null;
  const refreshTokens = new Set(options.refreshTokens ?? []);
  let issued = 0;
  const json = (res: import('node:http').ServerResponse, body: object) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST' && req.url === '/v3.0/oa/message/cs') {
        const token = req.headers.access_token as string | undefined;
        if (accessTokens && !accessTokens.has(token ?? '')) {
          refused.push({ accessToken: token });
          return json(res, { error: -216, message: 'Access token is invalid' });
        }
        sent.push({ accessToken: token, raw, body: JSON.parse(raw) });
        return json(res, { error: 0, message: 'Success', data: { message_id: 'm1' } });
      }
      if (req.method === 'POST' && req.url === '/v4/oa/access_token') {
        const form = Object.fromEntries(new URLSearchParams(raw));
        const secretKey = req.headers.secret_key as string | undefined;
        const valid =
          options.oauth !== 'refuse' &&
          form.grant_type === 'refresh_token' &&
          Boolean(form.app_id) &&
          (options.appSecret === undefined || secretKey === options.appSecret) &&
          refreshTokens.delete(form.refresh_token ?? '');
        refreshes.push({ secretKey, form, ok: valid });
        if (!valid) return json(res, { error_name: 'Invalid parameter', error_reason: 'Invalid refresh token', ref_doc: '', error_description: 'Refresh token is invalid', error: -14014 });
        issued++;
        const pair = { access_token: `access-${issued}`, refresh_token: `refresh-${issued}` };
        refreshTokens.add(pair.refresh_token);
        if (accessTokens) {
          accessTokens.clear();
          accessTokens.add(pair.access_token);
        }
        return json(res, { ...pair, expires_in: String(options.expiresInSeconds ?? 90000) });
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    refused,
    refreshes,
    accessTokens,
    async waitFor(count, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} Zalo sends; got ${sent.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
