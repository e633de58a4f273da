import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from 'grammy';
import type { Assistant } from '../../assistant';
import { testApp } from '../../test-support/test-app';
import { callbackUpdate, pollAnswerUpdate, startFakeBotApi, textUpdate, type FakeBotApi } from '../../test-support/fake-bot-api';
import { BOT_COMMANDS, createTelegramBot, registerCommands, TELEGRAM_MAX_TEXT, type TelegramDeps } from './bot';

/** The real grammY client, long polling a local Bot API server. */
let api: FakeBotApi;
let bot: Bot | null = null;
let assistant: Assistant;

beforeAll(async () => {
  assistant = (await testApp()).assistant;
});

async function start(a: Assistant = assistant, retry = { maxRetryAttempts: 3, maxDelaySeconds: 10 }, extra: Partial<TelegramDeps> = {}) {
  api = await startFakeBotApi();
  bot = createTelegramBot({ token: api.token, assistant: a, apiRoot: api.apiRoot, retry, rate: { capacity: 50, perSecond: 10 }, ...extra });
  void bot.start({ drop_pending_updates: false });
  await api.waitFor('deleteWebhook');
}

afterEach(async () => {
  if (bot?.isRunning()) await bot.stop();
  bot = null;
  await api?.close();
});

const texts = (method = 'sendMessage') => api.calls.filter((c) => c.method === method).map((c) => String(c.params.text));

describe('Telegram bot (grammY against a local Bot API server)', () => {
  it('answers a question with the right agency, typing first, buttons under the answer', async () => {
    await start();
    api.push(textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'));
    const [msg] = await api.waitFor('sendMessage');
    expect(String(msg!.params.text)).toContain('Ban Dân tộc – Tôn giáo');
    expect(msg!.params.parse_mode).toBeUndefined(); // plain text: nothing to escape
    const buttons = JSON.stringify(msg!.params.reply_markup);
    expect(buttons).toContain('Xem nguyên văn');
    expect(buttons).toContain('Ai phối hợp?');
    const order = api.calls.map((c) => c.method);
    expect(order.indexOf('sendChatAction')).toBeLessThan(order.indexOf('sendMessage'));
  });

  it('/tinh picks a province for the follow-up questions', async () => {
    await start();
    api.push(textUpdate('/tinh'));
    const [picker] = await api.waitFor('sendMessage');
    expect(JSON.stringify(picker!.params.reply_markup)).toContain('tinh:Sơn La');
    api.push(callbackUpdate('tinh:Sơn La'));
    await api.waitFor('answerCallbackQuery');
    await api.waitFor('sendMessage', 2);
    api.push(textUpdate('Ai chủ trì phòng chống tảo hôn?'));
    const msgs = await api.waitFor('sendMessage', 3);
    expect(String(msgs[2]!.params.text)).toContain('Sơn La');
    expect(String(msgs[2]!.params.text)).toContain('Ban Dân tộc');
  });

  it('"Ai phối hợp?" and "Xem nguyên văn" act on the answer they are under, whoever taps them, in a group too', async () => {
    await start();
    api.push(textUpdate('Ai chủ trì phòng chống xâm hại trẻ em trên mạng ở Quảng Ngãi?', { chatType: 'group', chat: -100, from: 7, replyToBot: true }));
    const [answer] = await api.waitFor('sendMessage');
    // threaded to the question it answers
    expect(answer!.params.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
    const data = (JSON.parse(JSON.stringify(answer!.params.reply_markup)) as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]!.map((b) => b.callback_data);
    expect(data[0]).toMatch(/^src:a[0-9a-z]+$/);
    expect(data[1]).toMatch(/^coord:a[0-9a-z]+$/);
    // another member, who asked nothing, taps the buttons
    api.push(callbackUpdate(data[1]!, { chat: -100, from: 8 }));
    const msgs = await api.waitFor('sendMessage', 2);
    expect(String(msgs[1]!.params.text)).toMatch(/Phối hợp: Các sở, ngành, hội đoàn thể liên quan/);
    api.push(callbackUpdate(data[0]!, { chat: -100, from: 8 }));
    const more = await api.waitFor('sendMessage', 3);
    expect(String(more[2]!.params.text)).toContain('Phòng, chống xâm hại trẻ em trên môi trường mạng');
    // the plan's name, not the file it is stored in
    expect(String(more[2]!.params.text)).toContain('📄 Quảng Ngãi, 29/KH-UBND – Phụ lục, mục IV.8');
    expect(String(more[2]!.params.text)).not.toContain('.txt');
  });

  it('/nguon after an answer with no match says so, instead of showing an older answer\'s passages', async () => {
    await start();
    api.push(textUpdate('Ai chủ trì phòng chống xâm hại trẻ em trên mạng ở Quảng Ngãi?'));
    await api.waitFor('sendMessage');
    api.push(textUpdate('cách nấu phở bò ngon'));
    await api.waitFor('sendMessage', 2);
    api.push(textUpdate('/nguon'));
    const msgs = await api.waitFor('sendMessage', 3);
    expect(String(msgs[2]!.params.text)).toMatch(/không trích đoạn nào/);
  });

  it('retries once after a 429, honouring retry_after', async () => {
    await start();
    api.failNextWith429('sendMessage', 1);
    api.push(textUpdate('/help'));
    const sends = await api.waitFor('sendMessage', 2);
    expect(sends).toHaveLength(2);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(950);
    expect(sends[1]!.params.text).toBe(sends[0]!.params.text);
  });

  it('handles the same update once', async () => {
    await start();
    const u = textUpdate('/help', { updateId: 5000 });
    api.push(u);
    await api.waitFor('sendMessage');
    api.push({ ...u, __duplicate: true });
    api.push(textUpdate('/help', { updateId: 5001 }));
    await api.waitFor('sendMessage', 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(texts()).toHaveLength(2);
  });

  it('splits a 10 000-character answer with emoji at the split points into valid messages', async () => {
    const line = 'Nhiệm vụ bảo vệ trẻ em trên môi trường mạng 📍👨‍👩‍👧';
    const long = Array.from({ length: 200 }, (_, i) => `${i} ${line}`).join('\n');
    expect(long.length).toBeGreaterThan(10_000);
    const fake: Assistant = { ...assistant, ask: async (input) => ({ question: input.question, text: long, abstained: false, matches: [], intent: 'who-leads', provinces: [], danger: false, passages: [] }) };
    await start(fake);
    api.push(textUpdate('câu hỏi dài'));
    await api.waitFor('sendMessage', 3);
    await new Promise((r) => setTimeout(r, 200));
    const parts = texts();
    expect(parts.join('\n')).toBe(long);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT);
      expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p)).toBe(false);
    }
  });

  it('in groups answers only commands, mentions and replies to the bot', async () => {
    await start();
    api.push(textUpdate('mọi người họp lúc 3 giờ nhé', { chatType: 'group', chat: -5 }));
    api.push(textUpdate('@quyen_tre_em_bot ai chủ trì tảo hôn ở Quảng Ngãi?', { chatType: 'group', chat: -5 }));
    const [msg] = await api.waitFor('sendMessage');
    expect(String(msg!.params.text)).toContain('Ban Dân tộc – Tôn giáo');
    api.push(textUpdate('/quiz@quyen_tre_em_bot', { chatType: 'group', chat: -5 }));
    const [poll] = await api.waitFor('sendPoll');
    expect(poll!.params.type).toBe('quiz');
    expect((poll!.params.options as unknown[]).length).toBe(4);
    expect(String(poll!.params.question).length).toBeLessThanOrEqual(300);
    await new Promise((r) => setTimeout(r, 200));
    expect(texts()).toHaveLength(1); // the chatter got no reply
  });

  it('rate-limits a flooding user with one polite notice', async () => {
    api = await startFakeBotApi();
    bot = createTelegramBot({ token: api.token, assistant, apiRoot: api.apiRoot, rate: { capacity: 2, perSecond: 0.01 } });
    void bot.start();
    await api.waitFor('deleteWebhook');
    for (let i = 0; i < 5; i++) api.push(textUpdate('/help', { from: 77 }));
    await api.waitFor('sendMessage', 3);
    await new Promise((r) => setTimeout(r, 300));
    const t = texts();
    expect(t).toHaveLength(3);
    expect(t[2]).toMatch(/gửi nhanh quá/);
  });

  it('survives hostile messages and always replies', async () => {
    await start();
    const hostile = ['a'.repeat(100_000).slice(0, 4096), '😀😀😀', '\u200d\u200d\u200b', 'Ai chủ trì tảo hôn ở Quảng Ngãi?'.normalize('NFD'), '<b>x</b> *bold* _it_ [l](http://x)', '\u202eai chủ trì\u202c', '   '];
    for (const h of hostile) api.push(textUpdate(h));
    await api.waitFor('sendMessage', hostile.length);
    const t = texts();
    expect(t.every((x) => x.length > 0)).toBe(true);
    expect(t.some((x) => x.includes('Ban Dân tộc – Tôn giáo'))).toBe(true); // the NFD question
  });

  it('replies politely when answering fails, once', async () => {
    const broken: Assistant = { ...assistant, ask: async () => { throw new Error('boom'); } };
    await start(broken);
    api.push(textUpdate('ai chủ trì?'));
    const [msg] = await api.waitFor('sendMessage');
    expect(String(msg!.params.text)).toMatch(/Xin lỗi/);
  });
});

describe('Telegram commands and updates people send', () => {
  it('/tinh and /start take the province as their argument (typed, without diacritics, or a deep-link slug)', async () => {
    await start();
    api.push(textUpdate('/tinh son la'));
    const [picked] = await api.waitFor('sendMessage');
    expect(String(picked!.params.text)).toMatch(/^Đã chọn tỉnh Sơn La/);
    api.push(textUpdate('/start quang-ngai', { chat: 43, from: 8 }));
    const msgs = await api.waitFor('sendMessage', 2);
    expect(String(msgs[1]!.params.text)).toMatch(/^Đã chọn tỉnh Quảng Ngãi/);
    api.push(textUpdate('/tinh Hà Giang', { chat: 44, from: 9 }));
    const more = await api.waitFor('sendMessage', 4);
    expect(String(more[2]!.params.text)).toMatch(/Chưa có kế hoạch của "Hà Giang"/);
    expect(JSON.stringify(more[3]!.params.reply_markup)).toContain('tinh:Sơn La');
  });

  it('/start in English for a client set to English, in Vietnamese otherwise', async () => {
    await start();
    const en = textUpdate('/start', { chat: 51, from: 21 });
    api.push({ ...en, message: { ...en.message, from: { ...en.message.from, language_code: 'en' } } });
    const [hello] = await api.waitFor('sendMessage');
    expect(String(hello!.params.text)).toMatch(/^Hello! /);
    expect(String(hello!.params.text)).toContain('111');
    api.push(textUpdate('/start', { chat: 52, from: 22 }));
    const both = await api.waitFor('sendMessage', 2);
    expect(String(both[1]!.params.text)).toMatch(/^Xin chào!/);
  });

  it('answers an edited question and a photo caption, and answers a stale button so it stops spinning', async () => {
    await start();
    const edited = textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?');
    api.push({ update_id: edited.update_id, edited_message: { ...edited.message, edit_date: Math.floor(Date.now() / 1000) } });
    const [a] = await api.waitFor('sendMessage');
    expect(String(a!.params.text)).toContain('Ban Dân tộc – Tôn giáo');
    const photo = textUpdate('x');
    const { text: _t, ...rest } = photo.message;
    api.push({ update_id: photo.update_id, message: { ...rest, photo: [{ file_id: 'f', file_unique_id: 'u', width: 10, height: 10 }], caption: 'Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?' } });
    const msgs = await api.waitFor('sendMessage', 2);
    expect(String(msgs[1]!.params.text)).toContain('Ban Dân tộc – Tôn giáo');
    api.push(callbackUpdate('an-old-button'));
    const [cb] = await api.waitFor('answerCallbackQuery');
    expect(String(cb!.params.text)).toMatch(/Nút này đã cũ/);
  });

  it('never holds the answer back for a 429 on the typing notice', async () => {
    await start();
    api.failNextWith429('sendChatAction', 30);
    const t0 = Date.now();
    api.push(textUpdate('Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?'));
    await api.waitFor('sendMessage');
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('Telegram quiz', () => {
  const GROUP = -1001;
  const inGroup = (text: string, from: number, firstName: string) => textUpdate(text, { chatType: 'group', chat: GROUP, from, firstName });

  it('a group quiz: a poll with an explanation and a timer, two members answer (one right, one wrong), /diem ranks them by first name', async () => {
    await start(assistant, undefined, { quiz: { openPeriodSeconds: 45 } });
    api.push(inGroup('/quiz', 101, 'Lan'));
    const [poll] = await api.waitFor('sendPoll');
    const p = poll!.params;
    expect(p).toMatchObject({ chat_id: GROUP, type: 'quiz', is_anonymous: false, open_period: 45 });
    expect(p.reply_parameters).toMatchObject({ allow_sending_without_reply: true }); // threaded to the /quiz
    const options = p.options as Array<string | { text: string }>;
    expect(options).toHaveLength(4);
    const correct = (p.correct_option_ids as number[])[0]!;
    expect(String(p.explanation)).toMatch(/chủ trì việc “/);
    expect(String(p.explanation).length).toBeLessThanOrEqual(200);
    expect(String(p.question)).not.toMatch(/…/);
    // the votes name the poll and the voter, not the chat
    api.push(pollAnswerUpdate(poll!.pollId!, correct, { from: 101, firstName: 'Lan', lastName: 'Nguyễn', username: 'lan_0912345678' }));
    api.push(pollAnswerUpdate(poll!.pollId!, (correct + 1) % 4, { from: 84912345678, firstName: 'Minh' }));
    // a vote delivered again (a new update id) is counted once
    api.push(pollAnswerUpdate(poll!.pollId!, correct, { from: 101, firstName: 'Lan' }));
    await new Promise((r) => setTimeout(r, 400));
    api.push(inGroup('/diem', 84912345678, 'Minh'));
    const [board] = await api.waitFor('sendMessage');
    const text = String(board!.params.text);
    expect(text).toBe('🏆 Bảng điểm câu đố:\n🥇 Lan: 1/1 câu đúng\n🥈 Minh: 0/1 câu đúng');
    expect(text).not.toMatch(/0912345678|84912345678|101|lan_/); // first names only: never a phone number, a username or an id
    // /score too; another chat has its own (empty) board
    api.push(inGroup('/score', 101, 'Lan'));
    const boards = await api.waitFor('sendMessage', 2);
    expect(String(boards[1]!.params.text)).toContain('Lan: 1/1 right');
    api.push(textUpdate('/diem', { chat: 4242, from: 101, firstName: 'Lan' }));
    const more = await api.waitFor('sendMessage', 3);
    expect(String(more[2]!.params.text)).toMatch(/^Chưa ai trả lời câu đố nào/);
  });

  it('/quiz Sơn La asks about Sơn La in restored words; /quiz Atlantis lists the provinces the corpus has', async () => {
    await start();
    api.push(textUpdate('/quiz Sơn La'));
    const [poll] = await api.waitFor('sendPoll');
    expect(String(poll!.params.question)).toMatch(/^Sơn La: ai chủ trì nhiệm vụ sau\? /);
    expect(String(poll!.params.question)).toMatch(/[ạảấầẩậắằẳặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỷỹđ]/); // with its diacritics, not the raw scan
    expect(String(poll!.params.explanation)).toContain('54/KH-UBND (Sơn La)');
    expect(poll!.params.open_period).toBe(60); // the default
    api.push(textUpdate('/quiz son la'));
    const polls = await api.waitFor('sendPoll', 2);
    expect(String(polls[1]!.params.question)).toMatch(/^Sơn La:/);
    api.push(textUpdate('/quiz Atlantis'));
    const [msg] = await api.waitFor('sendMessage');
    const text = String(msg!.params.text);
    expect(text).toMatch(/^Chưa có kế hoạch của "Atlantis" trong kho\. Các tỉnh có kế hoạch: /);
    for (const p of assistant.provinces()) expect(text).toContain(p);
    expect(api.calls.filter((c) => c.method === 'sendPoll')).toHaveLength(2);
  });

  it('the provinces named back are the corpus\'s, not a list in the code', async () => {
    const other: Assistant = { ...assistant, provinces: () => ['Hưng Yên', 'Khánh Hòa'] };
    await start(other);
    api.push(textUpdate('/quiz Hà Giang'));
    const [msg] = await api.waitFor('sendMessage');
    expect(String(msg!.params.text)).toMatch(/Chưa có kế hoạch của "Hà Giang".*Hưng Yên, Khánh Hòa/);
  });

  it('"cho tôi câu đố" typed as a message gets a quiz poll, not a plan answer', async () => {
    await start();
    api.push(textUpdate('cho toi cau do ve quang ngai'));
    const [poll] = await api.waitFor('sendPoll');
    expect(String(poll!.params.question)).toMatch(/^Quảng Ngãi:/);
    api.push(textUpdate('trắc nghiệm về Atlantis'));
    const [msg] = await api.waitFor('sendMessage');
    expect(String(msg!.params.text)).toMatch(/Chưa có kế hoạch của "Atlantis"/);
  });

  it('a vote on a poll that is not ours is ignored, and votes are never rate-limited', async () => {
    api = await startFakeBotApi();
    bot = createTelegramBot({ token: api.token, assistant, apiRoot: api.apiRoot, rate: { capacity: 1, perSecond: 0.01 } });
    void bot.start();
    await api.waitFor('deleteWebhook');
    api.push(textUpdate('/quiz', { from: 5 }));
    const [poll] = await api.waitFor('sendPoll');
    api.push(pollAnswerUpdate('someone-elses-poll', 0, { from: 5, firstName: 'An' }));
    api.push(pollAnswerUpdate(poll!.pollId!, (poll!.params.correct_option_ids as number[])[0]!, { from: 5, firstName: 'An' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(api.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(0); // no "too fast" notice for a vote
    // the vote counted although An had spent the allowance (the board asked by another member)
    api.push(textUpdate('/diem', { from: 6 }));
    const [board] = await api.waitFor('sendMessage');
    expect(String(board!.params.text)).toContain('An: 1/1 câu đúng');
  });

  it('registers /diem in the "/" menus, in Vietnamese and English, next to /quiz', async () => {
    api = await startFakeBotApi();
    bot = createTelegramBot({ token: api.token, assistant, apiRoot: api.apiRoot });
    await registerCommands(bot, () => {});
    const [vi, en] = await api.waitFor('setMyCommands', 2);
    const names = (c: typeof vi) => (c!.params.commands as Array<{ command: string; description: string }>).map((x) => x.command);
    expect(names(vi)).toEqual(BOT_COMMANDS.map((c) => c.command));
    expect(names(vi).slice(names(vi).indexOf('quiz'), names(vi).indexOf('quiz') + 2)).toEqual(['quiz', 'diem']);
    expect(names(en)).toEqual(names(vi));
    expect(en!.params.language_code).toBe('en');
    const enDiem = (en!.params.commands as Array<{ command: string; description: string }>).find((c) => c.command === 'diem')!;
    expect(enDiem.description).toMatch(/scoreboard/i);
  });
});
