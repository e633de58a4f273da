import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { toContract } from '../answer/contract';
import { MAX_QUESTION_CHARS } from '../answer/limits';
import type { Assistant } from '../assistant';
import { memoryState, type SharedState } from '../state/shared-state';
import { BodyTooLargeError, readBody } from './read-body';
import { PAGE_CSS, PAGE_JS, pageHtml } from './web-assets';
import { QUIZ_CSS, QUIZ_JS } from './quiz-assets';
import { quizReply } from './quiz-reply';

/**
 * The HTTP edge: the web chat page, `POST /api/ask` (the `ask` JSON), `GET /healthz`, and the
 * Zalo and Telegram webhooks when configured. Hardened: Host header checked, JSON only (415), body
 * ≤ 16 KB (413), per-client rate limit (429 + Retry-After), strict CSP, errors caught here once.
 */
export const MAX_BODY_BYTES = 16 * 1024;
export { MAX_QUESTION_CHARS };

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HttpDeps {
  assistant: Assistant;
  /** the interface the server listens on (default 127.0.0.1) */
  host: string;
  /** extra Host header values to accept (a public name behind a proxy), with or without port */
  allowedHosts?: string[];
  zalo?: RouteHandler;
  telegram?: { path: string; handler: RouteHandler };
  /** requests per client: burst capacity and refill per second */
  rate?: { capacity: number; perSecond: number };
  /** rate allowances, shared between instances when in Redis */
  state?: SharedState;
  log?: (line: string) => void;
  /** what /healthz reports beyond "up": plans answered and plans skipped because they could not be read */
  health?: () => Record<string, unknown>;
}

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const AskBody = z.object({
  question: z
    .string({ error: '"question" must be a string' })
    .trim()
    .min(1, '"question" is empty: type a question')
    .max(MAX_QUESTION_CHARS, `"question" is longer than ${MAX_QUESTION_CHARS} characters: ask one thing at a time`),
  session: z
    .string({ error: '"session" must be a string' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, '"session" must be 1–64 characters of A–Z, a–z, 0–9, _ or -')
    .optional(),
  id: z.string({ error: '"id" must be a string' }).max(200, '"id" must be at most 200 characters').optional(),
});

const FeedbackBody = z.object({
  answerId: z.string({ error: '"answerId" must be a string' }).regex(/^[A-Za-z0-9_-]{1,32}$/, '"answerId" must be the id an answer came with'),
  verdict: z.enum(['up', 'down'], { error: '"verdict" must be "up" or "down"' }),
  comment: z.string({ error: '"comment" must be a string' }).max(2000, '"comment" must be at most 2000 characters').optional(),
});

/** The first problem with a body, in words that say what to send instead. */
function bodyProblem(raw: Buffer): { ok: true; body: z.infer<typeof AskBody> } | { ok: false; error: string } {
  let value: unknown;
  try {
    // a byte-order mark (some Windows tools write one) is not an error
    value = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'Body is not valid JSON. Send {"question": "…", "session": "optional-id"}' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'Body must be a JSON object: {"question": "…"}' };
  if (!('question' in value)) return { ok: false, error: 'Missing "question": send {"question": "…"}' };
  const r = AskBody.safeParse(value);
  return r.success ? { ok: true, body: r.data } : { ok: false, error: r.error.issues[0]!.message };
}

function send(res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}
const json = (res: ServerResponse, status: number, obj: unknown, extra: Record<string, string> = {}) =>
  send(res, status, JSON.stringify(obj), 'application/json; charset=utf-8', extra);

export function createHttpServer(deps: HttpDeps): Server {
  const state = deps.state ?? memoryState();
  const rate = { capacity: deps.rate?.capacity ?? 20, perSecond: deps.rate?.perSecond ?? 0.5 };
  const take = (client: string) => state.take('web', client, rate.capacity, rate.perSecond);
  const log = deps.log ?? (() => {});
  let server: Server;

  const hostAllowed = (hostHeader: string | undefined): boolean => {
    if (!hostHeader) return false;
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    const host = hostHeader.toLowerCase();
    const names = ['127.0.0.1', 'localhost', '[::1]', deps.host.toLowerCase()];
    // a browser leaves the port out on 80 (and a TLS proxy on 443): a loopback name alone is ours too;
    // the check is about the name (DNS rebinding), not the port
    const local = [...names.map((h) => `${h}:${port}`), ...names];
    const extra = (deps.allowedHosts ?? []).map((h) => h.toLowerCase());
    return local.includes(host) || extra.includes(host) || extra.includes(host.replace(/:\d+$/, ''));
  };

  /** JSON only, within the client's allowance: false when a refusal has been sent */
  async function admitted(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) {
      json(res, 415, { error: 'Content-Type must be application/json' });
      return false;
    }
    const decision = await take(req.socket.remoteAddress ?? 'unknown');
    if (!decision.ok) json(res, 429, { error: 'Too many requests' }, { 'Retry-After': String(decision.retryAfterSeconds) });
    return decision.ok;
  }

  async function askRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!(await admitted(req, res))) return;
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (e) {
      if (e instanceof BodyTooLargeError) return json(res, 413, { error: `Body larger than ${MAX_BODY_BYTES} bytes` }, { Connection: 'close' });
      throw e;
    }
    const checked = bodyProblem(raw);
    if (!checked.ok) return json(res, 400, { error: checked.error });
    const parsed = checked.body;
    // "cho tôi 5 câu hỏi trắc nghiệm": a quiz round the page plays, not a plan question
    const quiz = quizReply(deps.assistant, parsed.question);
    if (quiz) return json(res, 200, { ...(parsed.id !== undefined ? { id: parsed.id } : {}), ...quiz, passages: [], danger: false });
    const r = await deps.assistant.ask({ question: parsed.question, ...(parsed.session ? { session: `web:${parsed.session}` } : {}) });
    log(`web ask: intent=${r.intent} abstained=${r.abstained}`);
    json(res, 200, { ...toContract(r, parsed.id), passages: r.passages, danger: r.danger, ...(r.answerId ? { answerId: r.answerId } : {}) });
  }

  async function feedbackRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!(await admitted(req, res))) return;
    if (!deps.assistant.feedbackEnabled) return json(res, 503, { error: 'Feedback is not kept: the question log is off (LOG_QUESTIONS=off)' });
    let value: unknown;
    try {
      value = JSON.parse((await readBody(req, MAX_BODY_BYTES)).toString('utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      if (e instanceof BodyTooLargeError) return json(res, 413, { error: `Body larger than ${MAX_BODY_BYTES} bytes` }, { Connection: 'close' });
      return json(res, 400, { error: 'Body is not valid JSON. Send {"answerId": "…", "verdict": "up" | "down", "comment": "optional"}' });
    }
    const r = FeedbackBody.safeParse(value);
    if (!r.success) return json(res, 400, { error: r.error.issues[0]!.message });
    const kept = await deps.assistant.feedback(r.data.answerId, r.data.verdict, r.data.comment);
    if (!kept) return json(res, 404, { error: 'No answer with this id in the log (too old, or never given)' });
    json(res, 200, { ok: true });
  }

  server = createServer((req, res) => {
    void (async () => {
      try {
        if (!hostAllowed(req.headers.host)) return json(res, 421, { error: 'Host not allowed' });
        const url = new URL(req.url ?? '/', 'http://localhost');
        const route = `${req.method} ${url.pathname}`;
        if (route === 'GET /') return send(res, 200, pageHtml(deps.assistant.coverage()), 'text/html; charset=utf-8', { 'Content-Security-Policy': CSP });
        if (route === 'GET /static/app.js') return send(res, 200, PAGE_JS, 'text/javascript; charset=utf-8');
        if (route === 'GET /static/app.css') return send(res, 200, PAGE_CSS, 'text/css; charset=utf-8');
        if (route === 'GET /static/quiz.js') return send(res, 200, QUIZ_JS, 'text/javascript; charset=utf-8');
        if (route === 'GET /static/quiz.css') return send(res, 200, QUIZ_CSS, 'text/css; charset=utf-8');
        if (route === 'GET /favicon.ico') return void res.writeHead(204).end();
        if (route === 'GET /healthz') {
          const shared = state.health();
          return json(res, 200, { ok: true, status: shared.status, state: shared, provinces: deps.assistant.provinces(), ...(deps.health?.() ?? {}) });
        }
        if (route === 'POST /api/ask') return await askRoute(req, res);
        if (route === 'POST /api/feedback') return await feedbackRoute(req, res);
        if (url.pathname === '/zalo/webhook' && req.method === 'POST') {
          if (!deps.zalo) return json(res, 503, { error: 'Zalo webhook is not configured' });
          return await deps.zalo(req, res);
        }
        if (deps.telegram && url.pathname === deps.telegram.path && req.method === 'POST') return await deps.telegram.handler(req, res);
        if (url.pathname === '/api/ask') return json(res, 405, { error: 'Use POST' }, { Allow: 'POST' });
        return json(res, 404, { error: 'Not found' });
      } catch (e) {
        log(`http error: ${(e as Error).message}`);
        if (!res.headersSent) json(res, 500, { error: 'Lỗi máy chủ, vui lòng thử lại.' });
        else res.end();
      }
    })();
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  return server;
}
