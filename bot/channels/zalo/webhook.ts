import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Assistant } from '../../assistant';
import { readBody } from '../../http/read-body';
import { SeenIds } from '../rate-limiter';
import { redact } from '../redact';
import type { ZaloClient } from './client';
import { parseZaloEvent } from './event';
import { verifyZaloSignature } from './signature';

/**
 * POST /zalo/webhook: verify the signature over the raw body, acknowledge at once (Zalo wants an
 * answer within 2 s), then answer asynchronously through the OA API. Each message is handled once.
 */
export interface ZaloWebhookDeps {
  appId: string;
  secretKey: string;
  assistant: Assistant;
  client: ZaloClient;
  log?: (line: string) => void;
  /** replies still being sent (tests and shutdown wait on them) */
  pending?: Set<Promise<void>>;
}

const MAX_EVENT_BYTES = 64 * 1024;

export function createZaloWebhook(deps: ZaloWebhookDeps) {
  const seen = new SeenIds();
  const log = deps.log ?? (() => {});
  const reply = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_EVENT_BYTES);
    } catch {
      return reply(res, 413, { error: 'event too large' });
    }
    const event = parseZaloEvent(raw.toString('utf8'));
    if (!event) return reply(res, 400, { error: 'not a Zalo event' });
    const signature = req.headers['x-zevent-signature'];
    if (!verifyZaloSignature(Array.isArray(signature) ? signature[0] : signature, deps.appId, raw, event.timestamp, deps.secretKey)) {
      log('zalo: rejected an event with a bad signature');
      return reply(res, 401, { error: 'bad signature' });
    }
    reply(res, 200, { ok: true });
    const text = event.message?.text;
    const userId = event.sender?.id;
    if (event.event_name !== 'user_send_text' || !text || !userId) return;
    if (event.message?.msg_id && !seen.first(event.message.msg_id)) return;
    const job = (async () => {
      try {
        const answer = await deps.assistant.ask({ question: text, session: `zalo:${userId}` });
        log(`zalo: "${redact(text).slice(0, 80)}" → ${answer.intent}${answer.abstained ? ' (abstained)' : ''}`);
        await deps.client.sendText(userId, answer.text);
      } catch (e) {
        log(`zalo: reply failed: ${(e as Error).message}`);
      }
    })();
    deps.pending?.add(job);
    void job.finally(() => deps.pending?.delete(job));
  };
}
