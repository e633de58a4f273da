import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant';
import { testApp } from '../test-support/test-app';
import { createHttpServer } from './server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withQuestionLog } from '../log/question-log';
import { openSqliteStore } from '../log/sqlite-store';

/**
 * The chat page in a real browser (Debian's chromium through playwright-core). CI installs chromium
 * and sets REQUIRE_BROWSER=1, so there a missing browser fails instead of skipping.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but ${CHROMIUM} does not exist: apt-get install -y chromium`);
if (!available) console.warn(`web-page.browser.test: ${CHROMIUM} not found, browser test skipped (apt-get install -y chromium)`);

const INJECTION = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe.skipIf(!available)('web chat page in chromium', () => {
  let server: Server;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const real = (await testApp()).assistant;
    // a document text that tries to inject HTML must show up as text
    const assistant: Assistant = {
      ...real,
      ask: async (input) =>
        input.question.includes('inject')
          ? { question: input.question, text: `Nhiệm vụ: ${INJECTION}`, abstained: false, matches: [], intent: 'who-leads', provinces: [], danger: false, passages: [{ file: 'x.txt', lineStart: 1, lineEnd: 1, ref: INJECTION, text: INJECTION }] }
          : real.ask(input),
    };
    server = createHttpServer({ assistant, host: '127.0.0.1' });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('types a question and reads the answer with its source', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await page.fill('#q', 'ai chu tri giam tao hon o quang ngai');
    await page.click('form button[type=submit]');
    const answer = page.locator('.msg.bot').last();
    await expect.poll(async () => answer.textContent(), { timeout: 10_000 }).toContain('Ban Dân tộc – Tôn giáo');
    expect(await answer.textContent()).toContain('Phụ lục, mục IV.5');
    await answer.locator('summary').click();
    expect(await answer.locator('details pre').first().textContent()).toContain('Giảm thiểu tình trạng tảo hôn');
    expect(errors).toEqual([]); // no CSP violations, no script errors
    await page.close();
  });

  it('puts the hotline first on a report of a child in danger, as tap-to-call links, and nothing else', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.fill('#q', 'be bi xam hai tinh duc o son la thi bao cho co quan nao');
    await page.click('form button[type=submit]');
    const answer = page.locator('.msg.bot.danger').last();
    await expect.poll(async () => answer.textContent(), { timeout: 10_000 }).toMatch(/^Gọi ngay Tổng đài 111/);
    expect(await answer.locator('a[href="tel:111"]').count()).toBeGreaterThanOrEqual(1);
    expect(await answer.locator('a[href="tel:113"]').count()).toBeGreaterThanOrEqual(1);
    expect(await answer.textContent()).not.toMatch(/Chủ trì|Nhiệm vụ:/);
    await page.close();
  });

  it('renders document text that looks like HTML as inert text', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.fill('#q', 'inject please');
    await page.click('form button[type=submit]');
    const answer = page.locator('.msg.bot').last();
    await expect.poll(async () => answer.textContent(), { timeout: 10_000 }).toContain('<img src=x');
    expect(await page.locator('#log img').count()).toBe(0);
    expect(await page.locator('#log script').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await page.close();
  });

  it('has a large-text toggle for projectors and fits a phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(url);
    // evaluated in the page (strings: the project's TypeScript has no DOM types)
    const overflowX = () => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(await overflowX()).toBeLessThanOrEqual(0);
    const before = await page.evaluate<string>('getComputedStyle(document.body).fontSize');
    await page.click('#large');
    const after = await page.evaluate<string>('getComputedStyle(document.body).fontSize');
    expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
    expect(await overflowX()).toBeLessThanOrEqual(0);
    const box = await page.locator('form button[type=submit]').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360); // the send button stays on screen
    await page.close();
  });
});

describe.skipIf(!available)('feedback on the web chat page, phone size, with the question log on', () => {
  it('after five answers, 👎 on the third with a comment reaches the log, and the page still fits', async () => {
    const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'qte-webfb-')), 'q.sqlite'));
    const logged = withQuestionLog((await testApp()).assistant, store, 'salt');
    const server = createHttpServer({ assistant: logged.assistant, host: '127.0.0.1' });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const questions = ['Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?', 'Còn ở Sơn La thì sao?', 'ai phoi hop', 'Khi nào?', 'Kế hoạch của Đồng Tháp số mấy?'];
      for (const [i, q] of questions.entries()) {
        await page.fill('#q', q);
        await page.click('form button[type=submit]');
        await expect.poll(async () => page.locator('.msg.bot .feedback').count(), { timeout: 10_000 }).toBe(i + 1);
      }
      const third = page.locator('.msg.bot').nth(2);
      await third.locator('.fb-down').click();
      await third.locator('.fb-comment').fill('Thiếu Hội Phụ nữ');
      await third.locator('.fb-send').click();
      await expect.poll(async () => third.locator('.feedback').textContent(), { timeout: 5000 }).toContain('Cảm ơn bạn đã báo lỗi');
      if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
      const box = await page.locator('form button[type=submit]').boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(740); // the question box stays on screen after five answers
      expect(errors).toEqual([]);
      const rows = await store.questions(0, Date.now() + 1);
      expect(rows).toHaveLength(5);
      expect(rows[2]!.feedback).toMatchObject([{ verdict: 'down', comment: 'Thiếu Hội Phụ nữ' }]);
    } finally {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    }
  }, 60_000);
});

describe.skipIf(!available)('a quiz round on the web chat page', () => {
  let server: Server;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    server = createHttpServer({ assistant: (await testApp()).assistant, host: '127.0.0.1' });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  type Round = { quiz: { questions: Array<{ question: string; options: string[]; correctIndex: number; explanation: string }> } };
  const overflowX = (page: import('playwright-core').Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  it('on a phone (390×844): five questions answered by tapping, right and wrong revealed with the explanation, a final score, no reload', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await page.evaluate('window.__sameDocument = 1');
    await page.fill('#q', 'cho tôi 5 câu hỏi trắc nghiệm');
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
    await page.click('form button[type=submit]');
    const round = (await (await reply).json()) as Round;
    const questions = page.locator('.msg.bot.quiz .quiz-q');
    await expect.poll(() => questions.count(), { timeout: 10_000 }).toBe(5);
    const card = page.locator('.msg.bot.quiz').last();
    expect(await card.textContent()).not.toMatch(/không có nhiệm vụ nào/);
    // right on 1, 3, 4, 5; wrong on 2
    for (let n = 0; n < 5; n++) {
      const q = questions.nth(n);
      const data = round.quiz.questions[n]!;
      expect(await q.locator('.quiz-text').textContent()).toBe(data.question);
      expect(await q.locator('.quiz-why').isVisible()).toBe(false); // nothing given away before the tap
      const tap = n === 1 ? (data.correctIndex + 1) % 4 : data.correctIndex;
      const option = q.locator('.quiz-option').nth(tap);
      const box = (await option.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390); // the whole option on screen
      expect(box.height).toBeGreaterThanOrEqual(44); // a thumb-sized target
      await option.click();
      expect(await q.getAttribute('data-state')).toBe(n === 1 ? 'wrong' : 'right');
      expect(await q.locator('.quiz-why').textContent()).toBe(data.explanation);
      expect(await q.locator('.quiz-why').isVisible()).toBe(true);
      expect(await q.locator('.quiz-option.right').count()).toBe(1);
      expect(await q.locator('.quiz-option.right').textContent()).toContain(data.options[data.correctIndex]!);
      if (n === 1) {
        expect(await q.locator('.quiz-option.wrong').count()).toBe(1);
        expect(await q.locator('.quiz-result').textContent()).toMatch(/^✗ Chưa đúng\. Đáp án: [A-D]\. /);
      } else expect(await q.locator('.quiz-result').textContent()).toBe('✓ Đúng!');
      // one answer per question: a second tap changes nothing
      expect(await q.locator('.quiz-option:not([disabled])').count()).toBe(0);
      if (n < 4) expect(await card.locator('.quiz-score').textContent()).toBe(`Đã trả lời ${n + 1}/5 câu · đúng ${n === 0 ? 1 : n}`);
    }
    expect(await card.locator('.quiz-score').textContent()).toMatch(/^Kết quả: 4\/5 câu đúng\./);
    expect(await page.evaluate('window.__sameDocument')).toBe(1); // the page never reloaded
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    if (process.env.SCREENSHOT_QUIZ) await page.screenshot({ path: process.env.SCREENSHOT_QUIZ, fullPage: true });
    // another round on demand, about one province, typed without diacritics
    await page.fill('#q', 'trac nghiem ve son la');
    await page.click('form button[type=submit]');
    await expect.poll(() => page.locator('.msg.bot.quiz').count(), { timeout: 10_000 }).toBe(2);
    const second = page.locator('.msg.bot.quiz').last().locator('.quiz-text');
    for (const t of await second.allTextContents()) expect(t).toMatch(/^Sơn La: /);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a projector (1920×1080, large text): options side by side, large, nothing off screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(url);
    await page.click('#large');
    await page.fill('#q', 'quiz');
    await page.click('form button[type=submit]');
    const first = page.locator('.msg.bot.quiz .quiz-q').first();
    await expect.poll(() => page.locator('.msg.bot.quiz .quiz-q').count(), { timeout: 10_000 }).toBe(5);
    const [a, b] = [(await first.locator('.quiz-option').nth(0).boundingBox())!, (await first.locator('.quiz-option').nth(1).boundingBox())!];
    expect(b.x).toBeGreaterThan(a.x + a.width - 1); // two columns
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(parseFloat(await page.evaluate<string>("getComputedStyle(document.querySelector('.quiz-option')).fontSize"))).toBeGreaterThanOrEqual(24);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    if (process.env.SCREENSHOT_QUIZ_PROJECTOR) await page.screenshot({ path: process.env.SCREENSHOT_QUIZ_PROJECTOR });
    await page.close();
  });
});
