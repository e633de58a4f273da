import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local stand-in for the Zalo OA API: records POST /v3.0/oa/message/cs calls. */
export interface FakeZaloApi {
  base: string;
  sent: Array<{ accessToken: string | undefined; raw: string; body: { recipient: { user_id: string }; message: { text: string } } }>;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeZaloApi(): Promise<FakeZaloApi> {
  const sent: FakeZaloApi['sent'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v3.0/oa/message/cs') {
        const raw = Buffer.concat(chunks).toString('utf8');
        sent.push({ accessToken: req.headers.access_token as string | undefined, raw, body: JSON.parse(raw) });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 0, message: 'Success', data: { message_id: 'm1' } }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    async waitFor(count, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs;
      while (sent.length < count) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} Zalo sends; got ${sent.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
