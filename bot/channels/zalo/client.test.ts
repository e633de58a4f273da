import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createZaloClient, ZaloSendError } from './client';

/** A local OA API that answers the first `okParts` sends, then fails or never answers. */
async function oaApi(okParts: number, then: 'fail' | 'hang'): Promise<{ base: string; texts: string[]; server: Server }> {
  const texts: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (texts.length < okParts) {
        texts.push((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { message: { text: string } }).message.text);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return void res.end('{"error":0}');
      }
      if (then === 'fail') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return void res.end('{"error":-216,"message":"Access token is invalid"}');
      }
      // hang: never answer
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, texts, server };
}

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

const long = Array.from({ length: 60 }, (_, i) => `Dòng ${i}: Sở Y tế chủ trì, phối hợp với các sở, ban, ngành liên quan.`).join('\n');

describe('Zalo client', () => {
  it('says which part of a long reply failed, after the ones that went', async () => {
    const api = await oaApi(1, 'fail');
    servers.push(api.server);
    const err = await createZaloClient(api.base, 'tok').sendText('1', long).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloSendError);
    expect(err).toMatchObject({ sent: 1, total: 3 });
    expect((err as Error).message).toContain('-216');
    expect(api.texts).toHaveLength(1);
  });

  it('gives up on an OA API that never answers, within its timeout', async () => {
    const api = await oaApi(0, 'hang');
    servers.push(api.server);
    const t0 = Date.now();
    const err = await createZaloClient(api.base, 'tok', fetch, 300).sendText('1', 'Xin chào').catch((e: unknown) => e);
    expect(err).toMatchObject({ sent: 0, total: 1, reason: 'no answer within 0.3 s' });
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('Zalo webhook when a reply breaks off', () => {
  it('tells the user that the rest of the answer did not arrive', async () => {
    const { createZaloWebhook } = await import('./webhook');
    const { zaloMac } = await import('./signature');
    const { testApp } = await import('../../test-support/test-app');
    const { httpRequest } = await import('../../test-support/http');
    const app = await testApp();
    const calls: string[] = [];
    const client = {
      async sendText(_user: string, text: string) {
        calls.push(text);
        if (calls.length === 1) throw new ZaloSendError(1, 3, 'error -216: Access token is invalid');
      },
    };
    const pending = new Set<Promise<void>>();
    const handle = createZaloWebhook({ appId: 'app', secretKey: 'key', assistant: app.assistant, client, pending });
    const server = createServer((req, res) => void handle(req, res));
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const ts = String(Date.now());
    const raw = `{"app_id":"app","event_name":"user_send_text","timestamp":"${ts}","sender":{"id":"42"},"recipient":{"id":"1"},"message":{"text":"Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?","msg_id":"m1"}}`;
    const r = await httpRequest(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-ZEvent-Signature': `mac=${zaloMac('app', Buffer.from(raw), ts, 'key')}` }, body: raw });
    expect(r.status).toBe(200);
    for (let k = 0; k < 100 && calls.length < 2; k++) await new Promise((res) => setTimeout(res, 20));
    await Promise.allSettled([...pending]);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toBe('(Phần 2/3 của câu trả lời không gửi được. Bạn hãy hỏi lại sau ít phút.)');
  });
});
