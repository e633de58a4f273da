import { randomBytes } from 'node:crypto';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, InlineKeyboard, type Context } from 'grammy';
import type { Assistant } from '../../assistant';
import type { AnswerResult } from '../../answer/types';
import { memoryState, type SharedState } from '../../state/shared-state';
import { redact } from '../redact';
import { splitMessage } from '../split-message';
import { networkRetry } from './network-retry';
import { fold } from '../../../corpus/normalise';
import { quizRequest, type QuizQuestion } from '../../answer/quiz';
import { boardText, QuizScores } from './quiz-scores';

/**
 * The Telegram channel: a thin grammY adapter onto the neutral Assistant. Replies are plain text
 * (no parse mode, so no escaping can go wrong), split at 4096 UTF-16 units on line boundaries.
 * Wrappers, not flags in the core: auto-retry on 429 (honouring retry_after), each update handled
 * once, a per-user rate limit, one error boundary with a polite reply.
 */
export const TELEGRAM_MAX_TEXT = 4096;
/** how long an instance holds an update it is answering before another may take Telegram's retry */
const CLAIM_SECONDS = 120;

export interface TelegramDeps {
  token: string;
  assistant: Assistant;
  /** Bot API address (tests run a local server) */
  apiRoot?: string;
  log?: (line: string) => void;
  rate?: { capacity: number; perSecond: number };
  /** seen update ids and rate allowances, shared between instances when in Redis */
  state?: SharedState;
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number; networkAttempts?: number };
  /** how long a /quiz poll stays open (Telegram: 5–600 s; default 60) */
  quiz?: { openPeriodSeconds?: number };
}

/** /start and /help: what the corpus covers (from the corpus, so added plans appear), commands, the hotline. */
export function helpText(assistant: Assistant): string {
  const c = assistant.coverage();
  return [
    `Xin chào! Tôi trả lời câu hỏi về kế hoạch thực hiện quyền trẻ em của các tỉnh ${c.provinces}: cơ quan nào chủ trì, phối hợp, thời gian, và nguồn trong văn bản.`,
    '',
    ...(c.examples.length > 0 ? ['Ví dụ:', ...c.examples.map((e) => `• ${e}`), ''] : []),
    'Lệnh: /tinh chọn tỉnh · /nguon xem nguyên văn câu trả lời trước · /quiz câu đố cho lớp tập huấn (/quiz Sơn La: về một tỉnh) · /diem bảng điểm câu đố · /help hướng dẫn',
    'Trẻ em gặp nguy hiểm? Gọi ngay Tổng đài 111 (miễn phí, 24/7); khẩn cấp gọi 113.',
  ].join('\n');
}

/** /start for a Telegram client set to English: the same help, in English (questions may be asked in either language). */
export function helpTextEn(assistant: Assistant): string {
  return [
    `Hello! ${assistant.help('en')}`,
    '',
    'Commands: /tinh choose a province · /nguon the plan passage behind the last answer · /quiz a quiz for a training session (/quiz Son La: one province) · /score quiz scoreboard · /help this help',
    'A child in danger? Call the 111 hotline now (free, 24/7); emergencies 113.',
  ].join('\n');
}

const POLITE_ERROR = 'Xin lỗi, tôi đang gặp sự cố khi trả lời. Bạn vui lòng hỏi lại sau ít phút. Nếu trẻ em đang gặp nguy hiểm, hãy gọi ngay Tổng đài 111.';

/** a command's argument, without the "@botname" a group client may leave in front of it */
const argOf = (ctx: Context): string => String(ctx.match ?? '').replace(/^@\S+\s*/, '').trim();
const sessionOf = (ctx: Context) => `tg:${ctx.chat?.id ?? 0}:${ctx.from?.id ?? 0}`;

/**
 * The answers a bot has sent, by a short id its buttons carry ("src:a7k2…", "coord:a7k2…") and by the
 * messages that hold them, so a button or a /nguon in reply acts on that answer, whoever taps it
 * (in a group, another member's session has nothing to do with it). Kept in the shared state, so a
 * button tapped on an answer another instance sent still works; ids are random so instances never
 * collide. Only what the buttons need is kept (passages and matches), for `ttlSeconds`.
 */
export class AnswerMemo {
  constructor(
    private readonly state: SharedState,
    private readonly ttlSeconds = 2 * 24 * 3600,
  ) {}
  async remember(r: AnswerResult, session: string): Promise<string> {
    const id = `a${randomBytes(6).readUIntBE(0, 6).toString(36)}`;
    const kept: Kept = { passages: r.passages, matches: r.matches };
    await this.state.save(`tg-answer:${id}`, kept, this.ttlSeconds);
    await this.state.save(`tg-last:${session}`, id, this.ttlSeconds);
    return id;
  }
  async sent(id: string, chat: number, messageId: number): Promise<void> {
    await this.state.save(`tg-msg:${chat}:${messageId}`, id, this.ttlSeconds);
  }
  async get(id: string): Promise<Kept | undefined> {
    return (await this.state.load<Kept>(`tg-answer:${id}`)) ?? undefined;
  }
  async ofMessage(chat: number, messageId: number): Promise<Kept | undefined> {
    const id = await this.state.load<string>(`tg-msg:${chat}:${messageId}`);
    return id ? this.get(id) : undefined;
  }
  async lastOf(session: string): Promise<Kept | undefined> {
    const id = await this.state.load<string>(`tg-last:${session}`);
    return id ? this.get(id) : undefined;
  }
}
type Kept = Pick<AnswerResult, 'passages' | 'matches'>;

function answerKeyboard(r: AnswerResult, id: string): InlineKeyboard | undefined {
  if (r.matches.length === 0 && !r.answerId) return undefined;
  const kb = new InlineKeyboard();
  if (r.matches.length > 0) kb.text('Xem nguyên văn', `src:${id}`).text('Ai phối hợp?', `coord:${id}`);
  // the log's answer id rides in the button (≤ 64 bytes): whoever taps it, it rates that answer
  if (r.answerId && !r.danger) {
    if (r.matches.length > 0) kb.row();
    kb.text('👍 Đúng', `fb:up:${r.answerId}`).text('👎 Sai – báo lỗi', `fb:down:${r.answerId}`);
  }
  return kb;
}

export const FEEDBACK_PROMPT = 'Cảm ơn bạn đã báo lỗi. Câu trả lời sai ở đâu? Trả lời (reply) tin nhắn này để góp ý thêm (không bắt buộc; đừng ghi tên hay số điện thoại).';

/** Sends a long text in parts (buttons under the last); the last part's message id. */
async function sendLong(ctx: Context, text: string, keyboard?: InlineKeyboard): Promise<number | undefined> {
  const parts = splitMessage(text, TELEGRAM_MAX_TEXT);
  let last: number | undefined;
  for (let i = 0; i < parts.length; i++) {
    const isLast = i === parts.length - 1;
    // in a group the reply is threaded to the question it answers
    const thread = ctx.chat && ctx.chat.type !== 'private' && ctx.msg?.message_id ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {};
    const sent = await ctx.reply(parts[i]!, { ...thread, ...(isLast && keyboard ? { reply_markup: keyboard } : {}) });
    last = sent?.message_id;
  }
  return last;
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

/** The plan passages behind an answer, each under its plan's name (not the file it is stored in). */
export function passagesText(passages: AnswerResult['passages'], matches: AnswerResult['matches'] = []): string {
  if (passages.length === 0) return 'Chưa có câu trả lời nào để xem nguyên văn. Hãy đặt câu hỏi trước.';
  return passages
    .map((p) => {
      const m = matches.find((x) => x.file === p.file);
      const where = m ? `${m.province}, ${m.plan}` : 'kế hoạch';
      const restored = p.restored ? `\n🔤 Đọc lại có dấu (khôi phục từ bản quét, có thể sai): ${p.restored}` : '';
      return `📄 ${where} – ${p.ref} (dòng ${p.lineStart === p.lineEnd ? p.lineStart : `${p.lineStart}–${p.lineEnd}`})\n${p.text}${restored}`;
    })
    .join('\n\n');
}

export function createTelegramBot(deps: TelegramDeps): Bot {
  const log = deps.log ?? (() => {});
  const bot = new Bot(deps.token, deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {});
  // auto-retry would retry a network failure forever (its attempt limit counts only 429/5xx), which
  // kept shutdown waiting on an unreachable Bot API: network errors get a bounded retry of our own
  bot.api.config.use(autoRetry({ maxRetryAttempts: deps.retry?.maxRetryAttempts ?? 3, maxDelaySeconds: deps.retry?.maxDelaySeconds ?? 120, rethrowHttpErrors: true }));
  bot.api.config.use(networkRetry(deps.retry?.networkAttempts ?? 3));
  const state = deps.state ?? memoryState();
  const memo = new AnswerMemo(state);
  const rate = { capacity: deps.rate?.capacity ?? 8, perSecond: deps.rate?.perSecond ?? 0.5 };
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
  // each update once (a webhook may deliver twice, to either instance). An update is claimed for
  // CLAIM_SECONDS, then marked done once handled: if the instance handling it dies first, the claim
  // lapses and Telegram's retry is answered by another instance instead of being dropped as seen.
  bot.use(async (ctx, next) => {
    const id = String(ctx.update.update_id);
    if (await state.load(`tg-done:${id}`)) return;
    if (!(await state.first('tg-claim', id, CLAIM_SECONDS))) return;
    try {
      await next();
    } finally {
      await state.save(`tg-done:${id}`, 1, 24 * 3600);
    }
  });
  // per-user rate limit
  bot.use(async (ctx, next) => {
    const user = ctx.from?.id;
    // a vote on a quiz poll is not a request: it costs nothing and is never dropped
    if (user === undefined || ctx.pollAnswer) return next();
    const d = await state.take('tg-user', String(user), rate.capacity, rate.perSecond);
    if (d.ok) return next();
    const now = Date.now();
    if ((warnedUntil.get(user) ?? 0) < now && ctx.chat) {
      warnedUntil.set(user, now + d.retryAfterSeconds * 1000);
      await ctx.reply(`Bạn gửi nhanh quá, vui lòng chờ ${d.retryAfterSeconds} giây rồi hỏi tiếp.`);
    }
  });

  // "/tinh Sơn La", "/tinh son la", a deep link "t.me/<bot>?start=son-la": the province in the argument
  const chooseProvince = async (ctx: Context, arg: string): Promise<boolean> => {
    const province = provinceNamed(arg, deps.assistant.provinces());
    if (!province) return false;
    deps.assistant.setProvince(sessionOf(ctx), province);
    await ctx.reply(`Đã chọn tỉnh ${province}. Bây giờ bạn có thể hỏi, ví dụ: "Ai chủ trì phòng chống tảo hôn?"`);
    return true;
  };
  bot.command(['start', 'help'], async (ctx) => {
    const arg = argOf(ctx);
    if (arg && (await chooseProvince(ctx, arg))) return;
    await ctx.reply((ctx.from?.language_code ?? '').startsWith('en') ? helpTextEn(deps.assistant) : helpText(deps.assistant));
  });
  bot.command('tinh', async (ctx) => {
    const arg = argOf(ctx);
    if (arg) {
      if (await chooseProvince(ctx, arg)) return;
      await ctx.reply(`Chưa có kế hoạch của "${arg.slice(0, 60)}" trong kho. Chọn một tỉnh dưới đây:`);
    }
    const kb = new InlineKeyboard();
    for (const p of deps.assistant.provinces()) kb.text(p, `tinh:${p}`).row();
    await ctx.reply('Chọn tỉnh để các câu hỏi sau trả lời theo kế hoạch của tỉnh đó:', { reply_markup: kb });
  });
  // /nguon: the passages of the answer it replies to, or of this person's last answer here
  bot.command('nguon', async (ctx) => {
    const replied = ctx.msg.reply_to_message;
    const r = (replied && ctx.chat ? await memo.ofMessage(ctx.chat.id, replied.message_id) : undefined) ?? (await memo.lastOf(sessionOf(ctx)));
    if (r && r.passages.length === 0) return void (await ctx.reply('Câu trả lời đó không trích đoạn nào của kế hoạch (không có nhiệm vụ khớp).'));
    await sendLong(ctx, r ? passagesText(r.passages, r.matches) : passagesText([]));
  });
  // "/quiz", "/quiz son la": a quiz poll from the plans (of that province), open for a while, scored
  const scores = new QuizScores(state);
  const openPeriod = deps.quiz?.openPeriodSeconds ?? 60;
  const noPlan = (place: string) => `Chưa có kế hoạch của "${place.slice(0, 60)}" trong kho. Các tỉnh có kế hoạch: ${deps.assistant.provinces().join(', ')}. Ví dụ: /quiz ${deps.assistant.provinces()[0] ?? ''}`.trim();
  const sendQuiz = async (ctx: Context, province: string | null): Promise<void> => {
    const q: QuizQuestion | null = deps.assistant.quiz(undefined, province ?? undefined);
    if (!q) return void (await ctx.reply(province ? `Chưa tạo được câu đố từ kế hoạch của ${province}.` : 'Chưa tạo được câu đố.'));
    const thread = ctx.chat && ctx.chat.type !== 'private' && ctx.msg?.message_id ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {};
    // not anonymous: Telegram sends a poll_answer (who chose what) only for public polls
    const sent = await ctx.replyWithPoll(q.question, q.options, { type: 'quiz', correct_option_ids: [q.correctIndex], explanation: q.explanation, is_anonymous: false, open_period: openPeriod, ...thread });
    if (sent.poll?.id && ctx.chat) await scores.sent(sent.poll.id, ctx.chat.id, q.correctIndex);
  };
  bot.command('quiz', async (ctx) => {
    const arg = argOf(ctx);
    const province = arg ? provinceNamed(arg, deps.assistant.provinces()) : null;
    if (arg && !province) return void (await ctx.reply(noPlan(arg)));
    await sendQuiz(ctx, province);
  });
  // a vote: counted for the chat the poll was sent to (the update does not say which)
  bot.on('poll_answer', async (ctx) => {
    const a = ctx.pollAnswer;
    if (!a.user) return; // a vote cast as a channel or an anonymous admin: nobody to score
    await scores.answered(a.poll_id, { id: a.user.id, firstName: a.user.first_name }, a.option_ids);
  });
  // /diem, /score: the chat's top 10 by first name
  bot.command(['diem', 'score'], async (ctx) => {
    const english = ctx.msg.text.startsWith('/score') || (ctx.from?.language_code ?? '').startsWith('en');
    await sendLong(ctx, boardText(await scores.board(ctx.chat.id), english ? 'en' : 'vi'));
  });

  bot.callbackQuery(/^tinh:(.+)$/, async (ctx) => {
    const province = ctx.match[1]!;
    const ok = deps.assistant.setProvince(sessionOf(ctx), province);
    await ctx.answerCallbackQuery({ text: ok ? `Đã chọn ${province}` : 'Tỉnh này chưa có kế hoạch trong kho' });
    if (ok) await ctx.reply(`Đã chọn tỉnh ${province}. Bây giờ bạn có thể hỏi, ví dụ: "Ai chủ trì phòng chống tảo hôn?"`);
  });
  // buttons carry their answer's id: they act on the message tapped, whoever taps it
  bot.callbackQuery(/^src:(a[0-9a-z]+)$/, async (ctx) => {
    const r = await memo.get(ctx.match[1]!);
    if (!r) return void (await ctx.answerCallbackQuery({ text: 'Câu trả lời này đã cũ. Hãy hỏi lại.' }));
    await ctx.answerCallbackQuery();
    await sendLong(ctx, passagesText(r.passages, r.matches));
  });
  bot.callbackQuery(/^coord:(a[0-9a-z]+)$/, async (ctx) => {
    const r = await memo.get(ctx.match[1]!);
    const top = r?.matches[0];
    const text = top ? deps.assistant.describe(top.assignmentId, 'coord') : null;
    if (!text) return void (await ctx.answerCallbackQuery({ text: 'Câu trả lời này đã cũ. Hãy hỏi lại.' }));
    await ctx.answerCallbackQuery();
    await sendLong(ctx, text);
  });
  // 👍 / 👎: kept in the question log; a 👎 asks for a comment as a reply to the prompt
  // which answer a comment prompt belongs to, shared: the reply may reach another instance
  const promptKey = (chat: number, message: number) => `tg-fbprompt:${chat}:${message}`;
  bot.callbackQuery(/^fb:(up|down):([A-Za-z0-9_-]{1,32})$/, async (ctx) => {
    const verdict = ctx.match[1] as 'up' | 'down';
    const kept = await deps.assistant.feedback(ctx.match[2]!, verdict);
    if (!kept) return void (await ctx.answerCallbackQuery({ text: 'Không ghi được đánh giá (câu trả lời đã cũ).' }));
    await ctx.answerCallbackQuery({ text: verdict === 'up' ? 'Cảm ơn bạn đã đánh giá.' : 'Đã ghi nhận báo lỗi.' });
    if (verdict === 'down' && ctx.chat) {
      const sent = await ctx.reply(FEEDBACK_PROMPT, { reply_markup: { force_reply: true, selective: true } });
      await state.save(promptKey(ctx.chat.id, sent.message_id), ctx.match[2]!, 24 * 3600);
    }
  });
  // a reply to the comment prompt is the 👎's comment, not a question
  bot.on('message:text', async (ctx, next) => {
    const replied = ctx.msg.reply_to_message;
    const answerId = replied ? await state.load<string>(promptKey(ctx.chat.id, replied.message_id)) : null;
    if (!answerId) return next();
    // one comment per prompt: the prompt is spent (expires at once)
    await state.save(promptKey(ctx.chat.id, replied!.message_id), null, 1);
    const kept = await deps.assistant.feedback(answerId, 'down', ctx.msg.text);
    await ctx.reply(kept ? 'Cảm ơn góp ý của bạn. Nhóm phát triển sẽ xem lại câu trả lời này.' : 'Không ghi được góp ý (câu trả lời đã cũ).');
  });
  // buttons of messages sent before answer ids: the tapper's last answer, as they did then
  bot.callbackQuery('src', async (ctx) => {
    await ctx.answerCallbackQuery();
    await sendLong(ctx, passagesText(deps.assistant.lastPassages(sessionOf(ctx))));
  });
  bot.callbackQuery('coord', async (ctx) => {
    await ctx.answerCallbackQuery();
    const session = sessionOf(ctx);
    const r = await deps.assistant.ask({ question: 'Ai phối hợp?', session });
    const id = await memo.remember(r, session);
    const sent = await sendLong(ctx, r.text, answerKeyboard(r, id));
    if (sent !== undefined && ctx.chat) await memo.sent(id, ctx.chat.id, sent);
  });

  // a corrected question (edited) or a photo's caption is asked like a new message
  bot.on(['message:text', 'edited_message:text', 'message:caption'], async (ctx) => {
    const msg = ctx.msg!;
    let text = msg.text ?? msg.caption ?? '';
    if (ctx.chat.type !== 'private') {
      // in groups: only messages that mention the bot or reply to it
      const mention = `@${ctx.me.username}`;
      const repliesToBot = msg.reply_to_message?.from?.id === ctx.me.id;
      if (!text.includes(mention) && !repliesToBot) return;
      text = text.split(mention).join(' ').trim();
    }
    if (text.startsWith('/')) return; // an unknown command
    // "cho tôi câu đố", "trắc nghiệm về Sơn La": a quiz poll, not a plan question
    const wantsQuiz = quizRequest(text, deps.assistant.provinces());
    if (wantsQuiz) return void (await (wantsQuiz.unknownPlace ? ctx.reply(noPlan(wantsQuiz.unknownPlace)) : sendQuiz(ctx, wantsQuiz.province)));
    // not awaited: a 429 on the typing notice must never hold the answer back
    void ctx.replyWithChatAction('typing').catch(() => {});
    const session = sessionOf(ctx);
    const r = await deps.assistant.ask({ question: text, session });
    log(`telegram: "${redact(text).slice(0, 80)}" → ${r.intent}${r.abstained ? ' (abstained)' : ''}`);
    const id = await memo.remember(r, session);
    const sent = await sendLong(ctx, r.text, answerKeyboard(r, id));
    if (sent !== undefined) await memo.sent(id, ctx.chat.id, sent);
  });
  bot.on('message', async (ctx) => {
    if (ctx.chat.type === 'private') await ctx.reply(`Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi${deps.assistant.coverage().examples[0] ? `, ví dụ: ${deps.assistant.coverage().examples[0]}` : ''}`);
  });
  // a button from an old message, or data we never sent: answer it, or the button spins
  bot.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: 'Nút này đã cũ. Hãy gõ lại câu hỏi.' }));
  bot.catch((err) => log(`telegram: ${err.message}`));
  return bot;
}

/** The "/" menu in Telegram's apps: set once the bot starts (failure only logged; the bot works without it). */
export const BOT_COMMANDS = [
  { command: 'tinh', description: 'Chọn tỉnh (ví dụ: /tinh Sơn La)' },
  { command: 'nguon', description: 'Xem nguyên văn đoạn kế hoạch của câu trả lời' },
  { command: 'quiz', description: 'Câu đố về kế hoạch (ví dụ: /quiz Sơn La)' },
  { command: 'diem', description: 'Bảng điểm câu đố của nhóm' },
  { command: 'help', description: 'Hướng dẫn và ví dụ câu hỏi' },
];

export async function registerCommands(bot: Bot, log: (line: string) => void): Promise<void> {
  try {
    await bot.api.setMyCommands(BOT_COMMANDS);
    await bot.api.setMyCommands(BOT_COMMANDS.map((c) => ({ ...c, description: { tinh: 'Choose a province (e.g. /tinh Son La)', nguon: 'Show the plan passage behind the answer', quiz: 'A quiz on the plans (e.g. /quiz Son La)', diem: 'Quiz scoreboard (also /score)', help: 'Help and example questions' }[c.command]! })), { language_code: 'en' });
  } catch (e) {
    log(`telegram: could not set the command menu (${(e as Error).message}); the bot answers without it`);
  }
}

/** A province by its name as typed (with or without diacritics) or as a deep-link slug ("son-la"). */
export function provinceNamed(arg: string, provinces: readonly string[]): string | null {
  const key = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '');
  const want = key(arg);
  if (!want) return null;
  return provinces.find((p) => key(p) === want) ?? null;
}
