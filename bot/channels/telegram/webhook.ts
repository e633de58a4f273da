import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { BodyTooLargeError, readBody } from '../../http/read-body';

/**
 * The Telegram webhook route, ours rather than grammY's adapter so that every inbound body is
 * bounded before it is read (a 2 MB update gets 413 at once, never a stalled event loop), a bad body
 * gets a 400 that says what is wrong, and the secret token is compared in constant time.
 * Telegram waits for the answer; after `timeoutMs` it gets 200 while the reply is still being sent
 * (grammY's "return" behaviour), so a slow answer is never delivered twice.
 */
export const TELEGRAM_MAX_UPDATE_BYTES = 256 * 1024;

export interface TelegramWebhookOptions {
  secretToken: string;
  timeoutMs?: number;
  maxBytes?: number;
  log?: (line: string) => void;
}

const sameSecret = (given: string | string[] | undefined, secret: string): boolean => {
  const g = Buffer.from(Array.isArray(given) ? (given[0] ?? '') : (given ?? ''));
  const s = Buffer.from(secret);
  return g.length === s.length && timingSafeEqual(g, s);
};

export function telegramWebhookHandler(bot: Bot, opts: TelegramWebhookOptions) {
  const maxBytes = opts.maxBytes ?? TELEGRAM_MAX_UPDATE_BYTES;
  const timeoutMs = opts.timeoutMs ?? 9_000;
  const log = opts.log ?? (() => {});
  const reply = (res: ServerResponse, status: number, body: object) => {
    if (res.headersSent) return;
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], opts.secretToken)) return reply(res, 401, { error: 'wrong or missing X-Telegram-Bot-Api-Secret-Token' });
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBytes);
    } catch (e) {
      if (e instanceof BodyTooLargeError) return reply(res, 413, { error: `update larger than ${maxBytes} bytes` });
      throw e;
    }
    let update: unknown;
    try {
      update = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      return reply(res, 400, { error: 'body is not valid JSON' });
    }
    if (typeof update !== 'object' || update === null || typeof (update as { update_id?: unknown }).update_id !== 'number') {
      return reply(res, 400, { error: 'body is not a Telegram update (no numeric update_id)' });
    }
    if (!bot.isInited()) {
      try {
        await bot.init();
      } catch (e) {
        log(`telegram: cannot reach the Bot API (${(e as Error).message.slice(0, 80)}); Telegram will deliver the update again`);
        return reply(res, 503, { error: 'Bot API unreachable, retry later' });
      }
    }
    const handled = bot.handleUpdate(update as Update).catch((e: unknown) => log(`telegram: update ${(update as Update).update_id} failed: ${(e as Error).message}`));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([handled, new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
    clearTimeout(timer);
    reply(res, 200, { ok: true });
  };
}
