import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Assistant } from '../../assistant';
import { createHash } from 'node:crypto';
import { readBody } from '../../http/read-body';
import { memoryState, type SharedState } from '../../state/shared-state';
import { redact } from '../redact';
import { ZaloSendError, type ZaloClient } from './client';
import { eventKind, mediaName, parseZaloEvent } from './event';
import { isSourceWord, keepSources, SOURCE_HINT, sourcesText, textOnlyText, welcomeText, type KeptSources } from './replies';
import { verifyZaloSignature } from './signature';

/**
 * POST /zalo/webhook: verify the signature over the raw body, acknowledge at once (Zalo wants an
 * answer within 2 s), then answer asynchronously through the OA API. Each message is handled once.
 * Every signed event gets its 200, whatever its name or shape: questions are answered, "nguồn" shows
 * the last answer's passages, a follow gets a welcome, an image or a sticker is told that only typed
 * questions are read; anything else is acknowledged and left alone.
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
/** how long "nguồn" still finds the passages of a user's last answer */
export const SOURCES_TTL_SECONDS = 48 * 3600;
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

/** A user's last answer: its log id for "đúng"/"sai" (within FEEDBACK_WINDOW_MS) and its passages for "nguồn". */
interface LastAnswer extends KeptSources {
  id?: string;
  at: number;
}

export function createZaloWebhook(deps: ZaloWebhookDeps) {
  const state = deps.state ?? memoryState();
  // each user's last answer, shared: "sai" or "nguồn" may reach another instance than the answer did
  const lastKey = (userId: string) => `zalo-last:${userId}`;
  const log = deps.log ?? (() => {});
  const now = deps.now ?? Date.now;
  const rate = deps.rate ?? { capacity: 8, perSecond: 0.5 };
  const warnedUntil = new Map<string, number>();
  const loggedNames = new Set<string>();
  const reply = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  /** Answer a user's event once, within their allowance; errors end here, logged. */
  function respond(userId: string, eventId: string, work: () => Promise<void>): void {
    const job = (async () => {
      try {
        if (!(await state.first('zalo-msg', eventId))) return;
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
        await work();
      } catch (e) {
        if (e instanceof ZaloSendError && e.noToken) {
          // the token line says what to do; no notice can reach the user without a token either
          log(`zalo: a reply was not sent (part ${e.sent + 1}/${e.total}): no valid OA access token`);
          return;
        }
        log(`zalo: reply failed: ${(e as Error).message}`);
        // the first parts arrived and the rest did not: say so rather than leave half an answer
        if (e instanceof ZaloSendError && e.sent > 0) {
          await deps.client.sendText(userId, `(Phần ${e.sent + 1}/${e.total} của câu trả lời không gửi được. Bạn hãy hỏi lại sau ít phút.)`).catch(() => {});
        }
      }
    })();
    deps.pending?.add(job);
    void job.finally(() => deps.pending?.delete(job));
  }

  async function answerText(userId: string, text: string): Promise<void> {
    // Zalo has no "Xem nguyên văn" button: the word "nguồn" shows the last answer's passages
    if (isSourceWord(text)) {
      const last = await state.load<LastAnswer>(lastKey(userId));
      return deps.client.sendText(userId, sourcesText(last?.passages ? last : null));
    }
    // no buttons either for rating: a reply word rates the user's last answer ("đúng", "sai: …")
    const verdict = feedbackWord(text);
    const last = verdict ? await state.load<LastAnswer>(lastKey(userId)) : null;
    if (verdict && last?.id && now() - last.at < FEEDBACK_WINDOW_MS) {
      const kept = await deps.assistant.feedback(last.id, verdict.verdict, verdict.comment);
      // one verdict per answer; its passages stay for "nguồn"
      await state.save(lastKey(userId), { ...last, id: undefined }, SOURCES_TTL_SECONDS);
      await deps.client.sendText(userId, kept ? (verdict.verdict === 'up' ? 'Cảm ơn bạn đã đánh giá.' : 'Cảm ơn bạn đã báo lỗi. Nhóm phát triển sẽ xem lại câu trả lời này.') : 'Không ghi được đánh giá (câu trả lời đã cũ).');
      return;
    }
    const answer = await deps.assistant.ask({ question: text, session: `zalo:${userId}` });
    log(`zalo: "${redact(text).slice(0, 80)}" → ${answer.intent}${answer.abstained ? ' (abstained)' : ''}`);
    const rated = Boolean(answer.answerId && !answer.danger);
    // help and greetings are not answers: "nguồn" after them still means the answer before
    const isAnswer = !['greeting', 'help', 'empty'].includes(answer.intent);
    if (isAnswer) await state.save(lastKey(userId), { ...keepSources(answer), ...(rated ? { id: answer.answerId } : {}), at: now() } satisfies LastAnswer, SOURCES_TTL_SECONDS);
    // a danger reply stays the hotline and its agencies, with nothing after them
    const hints = answer.danger ? [] : [...(answer.passages.length > 0 ? [SOURCE_HINT] : []), ...(rated ? [FEEDBACK_HINT] : [])];
    await deps.client.sendText(userId, hints.length > 0 ? `${answer.text}\n\n${hints.join('\n')}` : answer.text);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_EVENT_BYTES);
    } catch {
      return reply(res, 413, { error: 'event too large' });
    }
    const parsed = parseZaloEvent(raw.toString('utf8'));
    if (!parsed) return reply(res, 400, { error: 'not a Zalo event' });
    const signature = req.headers['x-zevent-signature'];
    if (!verifyZaloSignature(Array.isArray(signature) ? signature[0] : signature, deps.appId, raw, parsed.envelope.timestamp, deps.secretKey)) {
      log('zalo: rejected an event with a bad signature');
      return reply(res, 401, { error: 'bad signature' });
    }
    reply(res, 200, { ok: true });
    const { event } = parsed;
    const name = parsed.envelope.event_name;
    const kind = eventKind(name);
    if (!event) return void log(`zalo: acknowledged a "${name.slice(0, 60)}" event of a shape this service does not read`);
    if (kind === 'unfollow') return;
    if (kind === 'ignored' || kind === 'anonymous') {
      // once per name per process: the OA's own sends and seen receipts come back all day long
      if (!loggedNames.has(name) && loggedNames.size < 200) {
        loggedNames.add(name);
        log(
          kind === 'anonymous'
            ? `zalo: an anonymous visitor wrote (${name}); acknowledged, not answered: the OA message API sends to a user id, which anonymous visitors do not have (logged once per event name)`
            : `zalo: acknowledged and ignored "${name.slice(0, 60)}" events (logged once per event name)`,
        );
      }
      return;
    }
    const userId = kind === 'follow' ? event.follower?.id : event.sender?.id;
    if (!userId) return;
    // the timestamp is signed with the body: an old one is a captured event sent again
    const at = Number(event.timestamp);
    if (!Number.isFinite(at) || Math.abs(now() - at) > FRESHNESS_MS) {
      log(`zalo: dropped an event ${Number.isFinite(at) ? `${Math.round((now() - at) / 60_000)} min off the clock` : 'without a readable timestamp'} (replay?)`);
      return;
    }
    const text = event.message?.text ?? '';
    if (kind === 'text' && !text) return;
    // an event without msg_id is known by its name, sender, time and text, so a retry of it is still answered once
    const hashed = () => `h:${createHash('sha256').update(`${kind === 'text' ? '' : `${name}\u0000`}${userId}\u0000${event.timestamp}\u0000${text}`).digest('base64url').slice(0, 22)}`;
    const eventId = (kind !== 'follow' && event.message?.msg_id) || hashed();
    if (kind === 'follow') return respond(userId, eventId, () => deps.client.sendText(userId, welcomeText(deps.assistant)));
    if (kind === 'media') return respond(userId, eventId, () => deps.client.sendText(userId, textOnlyText(deps.assistant, mediaName(name))));
    respond(userId, eventId, () => answerText(userId, text));
  };
}
