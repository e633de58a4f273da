import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Assistant } from '../../assistant';
import { createHash } from 'node:crypto';
import { readBody } from '../../http/read-body';
import { memoryState, type SharedState } from '../../state/shared-state';
import { redact } from '../redact';
import { ZaloSendError, type ZaloClient } from './client';
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
  /** seen message ids, shared between instances when in Redis */
  state?: SharedState;
  /** replies still being sent (tests and shutdown wait on them) */
  pending?: Set<Promise<void>>;
  /** per-user allowance (default 8 messages, then one every 2 s), shared between instances in Redis */
  rate?: { capacity: number; perSecond: number };
  now?: () => number;
}

/** A signed event older (or later) than this is a replay, not a message: it is acknowledged and dropped. */
export const FRESHNESS_MS = 10 * 60_000;

const MAX_EVENT_BYTES = 64 * 1024;
export const FEEDBACK_WINDOW_MS = 30 * 60_000;
export const FEEDBACK_HINT = 'Đánh giá câu trả lời: gõ "đúng", hoặc "sai" kèm góp ý.';

/**
 * "đúng", "dung", "👍" alone: up. "sai", "👎", "sai: thiếu Sở Y tế": down with its comment. Written
 * without diacritics only as "sai"/"dung": "sài", "dùng ngân sách nào?" are words of a question.
 */
export function feedbackWord(text: string): { verdict: 'up' | 'down'; comment: string } | null {
  const t = text.trim().normalize('NFC');
  if (/^(?:đúng rồi|dung roi|đúng|dung|👍|chính xác|chinh xac)[.!]*$/iu.test(t)) return { verdict: 'up', comment: '' };
  const m = /^(?:sai rồi|sai roi|sai|👎)(?=$|[\s:.,!–-])[\s:.,!–-]*(.*)$/isu.exec(t);
  return m ? { verdict: 'down', comment: m[1]!.trim() } : null;
}

export function createZaloWebhook(deps: ZaloWebhookDeps) {
  const state = deps.state ?? memoryState();
  // each user's last rated answer, shared: "sai" may reach another instance than the answer did
  const lastKey = (userId: string) => `zalo-last:${userId}`;
  const log = deps.log ?? (() => {});
  const now = deps.now ?? Date.now;
  const rate = deps.rate ?? { capacity: 8, perSecond: 0.5 };
  const warnedUntil = new Map<string, number>();
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
    // the timestamp is signed with the body: an old one is a captured event sent again
    const at = Number(event.timestamp);
    if (!Number.isFinite(at) || Math.abs(now() - at) > FRESHNESS_MS) {
      log(`zalo: dropped an event ${Number.isFinite(at) ? `${Math.round((now() - at) / 60_000)} min off the clock` : 'without a readable timestamp'} (replay?)`);
      return;
    }
    // an event without msg_id is known by its sender, time and text, so a retry of it is still answered once
    const msgId = event.message?.msg_id ?? `h:${createHash('sha256').update(`${userId}\u0000${event.timestamp}\u0000${text}`).digest('base64url').slice(0, 22)}`;
    const job = (async () => {
      try {
        if (!(await state.first('zalo-msg', msgId))) return;
        // each user's allowance: a burst of 30 messages is not 30 calls to the OA API
        const allowed = await state.take('zalo-user', userId, rate.capacity, rate.perSecond);
        if (!allowed.ok) {
          if ((warnedUntil.get(userId) ?? 0) < now()) {
            warnedUntil.set(userId, now() + allowed.retryAfterSeconds * 1000);
            while (warnedUntil.size > 10_000) warnedUntil.delete(warnedUntil.keys().next().value!);
            await deps.client.sendText(userId, `Bạn gửi nhanh quá, vui lòng chờ ${allowed.retryAfterSeconds} giây rồi hỏi tiếp.`);
          }
          return;
        }
        // Zalo has no buttons here: a reply word rates the user's last answer ("đúng", "sai: …")
        const verdict = feedbackWord(text);
        const last = verdict ? await state.load<{ id: string; at: number }>(lastKey(userId)) : null;
        if (verdict && last && Date.now() - last.at < FEEDBACK_WINDOW_MS) {
          const kept = await deps.assistant.feedback(last.id, verdict.verdict, verdict.comment);
          await state.save(lastKey(userId), null, 1);
          await deps.client.sendText(userId, kept ? (verdict.verdict === 'up' ? 'Cảm ơn bạn đã đánh giá.' : 'Cảm ơn bạn đã báo lỗi. Nhóm phát triển sẽ xem lại câu trả lời này.') : 'Không ghi được đánh giá (câu trả lời đã cũ).');
          return;
        }
        const answer = await deps.assistant.ask({ question: text, session: `zalo:${userId}` });
        log(`zalo: "${redact(text).slice(0, 80)}" → ${answer.intent}${answer.abstained ? ' (abstained)' : ''}`);
        const rated = Boolean(answer.answerId && !answer.danger);
        if (rated) await state.save(lastKey(userId), { id: answer.answerId!, at: Date.now() }, Math.ceil(FEEDBACK_WINDOW_MS / 1000));
        await deps.client.sendText(userId, rated ? `${answer.text}\n\n${FEEDBACK_HINT}` : answer.text);
      } catch (e) {
        log(`zalo: reply failed: ${(e as Error).message}`);
        // the first parts arrived and the rest did not: say so rather than leave half an answer
        if (e instanceof ZaloSendError && e.sent > 0) {
          await deps.client.sendText(userId, `(Phần ${e.sent + 1}/${e.total} của câu trả lời không gửi được. Bạn hãy hỏi lại sau ít phút.)`).catch(() => {});
        }
      }
    })();
    deps.pending?.add(job);
    void job.finally(() => deps.pending?.delete(job));
  };
}
