import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, InlineKeyboard, type Context } from 'grammy';
import type { Assistant } from '../../assistant';
import type { AnswerResult } from '../../answer/types';
import { RateLimiter, SeenIds } from '../rate-limiter';
import { redact } from '../redact';
import { splitMessage } from '../split-message';
import { networkRetry } from './network-retry';

/**
 * The Telegram channel: a thin grammY adapter onto the neutral Assistant. Replies are plain text
 * (no parse mode, so no escaping can go wrong), split at 4096 UTF-16 units on line boundaries.
 * Wrappers, not flags in the core: auto-retry on 429 (honouring retry_after), each update handled
 * once, a per-user rate limit, one error boundary with a polite reply.
 */
export const TELEGRAM_MAX_TEXT = 4096;

export interface TelegramDeps {
  token: string;
  assistant: Assistant;
  /** Bot API address (tests run a local server) */
  apiRoot?: string;
  log?: (line: string) => void;
  rate?: { capacity: number; perSecond: number };
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number; networkAttempts?: number };
}

/** /start and /help: what the corpus covers (from the corpus, so added plans appear), commands, the hotline. */
export function helpText(assistant: Assistant): string {
  const c = assistant.coverage();
  return [
    `Xin chào! Tôi trả lời câu hỏi về kế hoạch thực hiện quyền trẻ em của các tỉnh ${c.provinces}: cơ quan nào chủ trì, phối hợp, thời gian, và nguồn trong văn bản.`,
    '',
    ...(c.examples.length > 0 ? ['Ví dụ:', ...c.examples.map((e) => `• ${e}`), ''] : []),
    'Lệnh: /tinh chọn tỉnh · /nguon xem nguyên văn câu trả lời trước · /quiz câu đố cho lớp tập huấn · /help hướng dẫn',
    'Trẻ em gặp nguy hiểm? Gọi ngay Tổng đài 111 (miễn phí, 24/7); khẩn cấp gọi 113.',
  ].join('\n');
}

const POLITE_ERROR = 'Xin lỗi, tôi đang gặp sự cố khi trả lời. Bạn vui lòng hỏi lại sau ít phút. Nếu trẻ em đang gặp nguy hiểm, hãy gọi ngay Tổng đài 111.';

const sessionOf = (ctx: Context) => `tg:${ctx.chat?.id ?? 0}:${ctx.from?.id ?? 0}`;

function answerKeyboard(r: AnswerResult): InlineKeyboard | undefined {
  if (r.matches.length === 0) return undefined;
  return new InlineKeyboard().text('Xem nguyên văn', 'src').text('Ai phối hợp?', 'coord');
}

async function sendLong(ctx: Context, text: string, keyboard?: InlineKeyboard): Promise<void> {
  const parts = splitMessage(text, TELEGRAM_MAX_TEXT);
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    await ctx.reply(parts[i]!, last && keyboard ? { reply_markup: keyboard } : {});
  }
}

/** Update ids whose handling has started and not finished. */
export class InFlight {
  private readonly ids = new Set<number>();
  private waiters: Array<() => void> = [];
  begin(id: number): void {
    this.ids.add(id);
  }
  end(id: number): void {
    this.ids.delete(id);
    if (this.ids.size === 0) this.waiters.splice(0).forEach((w) => w());
  }
  get current(): number[] {
    return [...this.ids];
  }
  /** resolves when nothing is in flight */
  idle(): Promise<void> {
    return this.ids.size === 0 ? Promise.resolve() : new Promise((r) => this.waiters.push(r));
  }
}
const inFlightByBot = new WeakMap<Bot, InFlight>();
export const inFlightOf = (bot: Bot): InFlight | undefined => inFlightByBot.get(bot);

export function passagesText(passages: AnswerResult['passages']): string {
  if (passages.length === 0) return 'Chưa có câu trả lời nào để xem nguyên văn. Hãy đặt câu hỏi trước.';
  return passages
    .map((p) => `📄 ${p.ref} (${p.file}, dòng ${p.lineStart === p.lineEnd ? p.lineStart : `${p.lineStart}–${p.lineEnd}`})\n${p.text}`)
    .join('\n\n');
}

export function createTelegramBot(deps: TelegramDeps): Bot {
  const log = deps.log ?? (() => {});
  const bot = new Bot(deps.token, deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {});
  // auto-retry would retry a network failure forever (its attempt limit counts only 429/5xx), which
  // kept shutdown waiting on an unreachable Bot API: network errors get a bounded retry of our own
  bot.api.config.use(autoRetry({ maxRetryAttempts: deps.retry?.maxRetryAttempts ?? 3, maxDelaySeconds: deps.retry?.maxDelaySeconds ?? 120, rethrowHttpErrors: true }));
  bot.api.config.use(networkRetry(deps.retry?.networkAttempts ?? 3));
  const seen = new SeenIds();
  const limiter = new RateLimiter(deps.rate?.capacity ?? 8, deps.rate?.perSecond ?? 0.5);
  const warnedUntil = new Map<number, number>();

  // updates being answered now: shutdown confirms an update to Telegram only once its reply is out
  const inFlight = new InFlight();
  inFlightByBot.set(bot, inFlight);
  bot.use(async (ctx, next) => {
    inFlight.begin(ctx.update.update_id);
    try {
      await next();
    } finally {
      inFlight.end(ctx.update.update_id);
    }
  });
  // one error boundary: log, then a polite reply
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (e) {
      log(`telegram: error on update ${ctx.update.update_id}: ${(e as Error).message}`);
      if (ctx.chat) await ctx.reply(POLITE_ERROR).catch(() => {});
    }
  });
  // each update once (a webhook may deliver twice)
  bot.use(async (ctx, next) => {
    if (seen.first(String(ctx.update.update_id))) await next();
  });
  // per-user rate limit
  bot.use(async (ctx, next) => {
    const user = ctx.from?.id;
    if (user === undefined) return next();
    const d = limiter.take(String(user));
    if (d.ok) return next();
    const now = Date.now();
    if ((warnedUntil.get(user) ?? 0) < now && ctx.chat) {
      warnedUntil.set(user, now + d.retryAfterSeconds * 1000);
      await ctx.reply(`Bạn gửi nhanh quá, vui lòng chờ ${d.retryAfterSeconds} giây rồi hỏi tiếp.`);
    }
  });

  bot.command(['start', 'help'], (ctx) => ctx.reply(helpText(deps.assistant)));
  bot.command('tinh', async (ctx) => {
    const kb = new InlineKeyboard();
    for (const p of deps.assistant.provinces()) kb.text(p, `tinh:${p}`).row();
    await ctx.reply('Chọn tỉnh để các câu hỏi sau trả lời theo kế hoạch của tỉnh đó:', { reply_markup: kb });
  });
  bot.command('nguon', (ctx) => sendLong(ctx, passagesText(deps.assistant.lastPassages(sessionOf(ctx)))));
  bot.command('quiz', async (ctx) => {
    const q = deps.assistant.quiz();
    if (!q) return void (await ctx.reply('Chưa tạo được câu đố.'));
    await ctx.replyWithPoll(q.question, q.options, { type: 'quiz', correct_option_ids: [q.correctIndex], explanation: q.explanation, is_anonymous: false });
  });

  bot.callbackQuery(/^tinh:(.+)$/, async (ctx) => {
    const province = ctx.match[1]!;
    const ok = deps.assistant.setProvince(sessionOf(ctx), province);
    await ctx.answerCallbackQuery({ text: ok ? `Đã chọn ${province}` : 'Tỉnh này chưa có kế hoạch trong kho' });
    if (ok) await ctx.reply(`Đã chọn tỉnh ${province}. Bây giờ bạn có thể hỏi, ví dụ: "Ai chủ trì phòng chống tảo hôn?"`);
  });
  bot.callbackQuery('src', async (ctx) => {
    await ctx.answerCallbackQuery();
    await sendLong(ctx, passagesText(deps.assistant.lastPassages(sessionOf(ctx))));
  });
  bot.callbackQuery('coord', async (ctx) => {
    await ctx.answerCallbackQuery();
    const r = await deps.assistant.ask({ question: 'Ai phối hợp?', session: sessionOf(ctx) });
    await sendLong(ctx, r.text, answerKeyboard(r));
  });

  bot.on('message:text', async (ctx) => {
    let text = ctx.message.text;
    if (ctx.chat.type !== 'private') {
      // in groups: only messages that mention the bot or reply to it
      const mention = `@${ctx.me.username}`;
      const repliesToBot = ctx.message.reply_to_message?.from?.id === ctx.me.id;
      if (!text.includes(mention) && !repliesToBot) return;
      text = text.split(mention).join(' ').trim();
    }
    if (text.startsWith('/')) return; // an unknown command
    await ctx.replyWithChatAction('typing').catch(() => {});
    const r = await deps.assistant.ask({ question: text, session: sessionOf(ctx) });
    log(`telegram: "${redact(text).slice(0, 80)}" → ${r.intent}${r.abstained ? ' (abstained)' : ''}`);
    await sendLong(ctx, r.text, answerKeyboard(r));
  });
  bot.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await ctx.reply(`Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi${deps.assistant.coverage().examples[0] ? `, ví dụ: ${deps.assistant.coverage().examples[0]}` : ''}`);
  });
  bot.catch((err) => log(`telegram: ${err.message}`));
  return bot;
}
