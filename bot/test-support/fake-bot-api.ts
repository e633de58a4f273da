import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small local Telegram Bot API server for tests: the real grammY client talks to it through
 * `apiRoot`. It queues updates for getUpdates, records every call, and can answer a method with a
 * 429 (retry_after) once.
 */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
  /** the message id a sendMessage/sendPoll was given (so a test can reply to that message) */
  messageId?: number;
  /** the poll id a sendPoll was given (a poll_answer update names it) */
  pollId?: string;
}

export interface FakeBotApi {
  apiRoot: string;
  token: string;
  calls: ApiCall[];
  /** every offset a getUpdates call sent (the updates it confirmed are those below it) */
  offsets: number[];
  /** ids of the updates still unconfirmed: a new poller would receive them again */
  pending(): number[];
  /** queue an update for the next getUpdates (update_id kept as given, so duplicates can be sent) */
  push(update: Record<string, unknown>): void;
  /** answer the next call of `method` with 429 and this retry_after */
  failNextWith429(method: string, retryAfter: number): void;
  /** resolves when `count` calls of `method` have been recorded */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<ApiCall[]>;
  close(): Promise<void>;
}

const readJson = (req: IncomingMessage): Promise<Record<string, unknown>> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(raw ? (JSON.parse(raw) as Record<string, unknown>) : {});
      } catch {
        resolve({ raw });
      }
    });
  });

export async function startFakeBotApi(token = '123456:TEST-token'): Promise<FakeBotApi> {
  const calls: ApiCall[] = [];
  const queue: Array<Record<string, unknown>> = [];
  const fail429 = new Map<string, number>();
  const offsets: number[] = [];
  let messageId = 100;
  const waiters: Array<() => void> = [];
  const notify = () => waiters.splice(0).forEach((w) => w());

  const server: Server = createServer((req, res) => {
    void (async () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      const params = await readJson(req);
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (!match || match[1] !== token) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
      const method = match[2]!;
      if (method !== 'getUpdates') {
        calls.push({ method, params, at: Date.now() });
        notify();
      }
      const retry = fail429.get(method);
      if (retry !== undefined) {
        fail429.delete(method);
        return reply(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retry}`, parameters: { retry_after: retry } });
      }
      const chat = (params.chat_id ?? 1) as number;
      switch (method) {
        case 'getMe':
          return reply(200, { ok: true, result: { id: 999, is_bot: true, first_name: 'Trợ lý', username: 'quyen_tre_em_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } });
        case 'getUpdates': {
          const offset = Number(params.offset ?? 0);
          const deadline = Date.now() + 150;
          while (Date.now() < deadline && !queue.some((u) => Number(u.update_id) >= offset)) await new Promise((r) => setTimeout(r, 10));
          // as Telegram does: an update stays until a getUpdates with a higher offset confirms it
          if (params.offset !== undefined) offsets.push(offset);
          for (let i = queue.length - 1; i >= 0; i--) if (Number(queue[i]!.update_id) < offset && !queue[i]!.__duplicate) queue.splice(i, 1);
          const batch = queue.filter((u) => Number(u.update_id) >= offset || u.__duplicate);
          for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.__duplicate) queue.splice(i, 1);
          return reply(200, { ok: true, result: batch.map(({ __duplicate, ...u }) => u) });
        }
        case 'sendMessage':
          calls[calls.length - 1]!.messageId = ++messageId;
          return reply(200, { ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chat, type: 'private' }, text: params.text ?? '' } });
        case 'sendPoll': {
          const call = calls[calls.length - 1]!;
          call.messageId = ++messageId;
          call.pollId = `poll-${messageId}`;
          const options = (params.options as Array<string | { text: string }>).map((o) => ({ text: typeof o === 'string' ? o : o.text, voter_count: 0 }));
          const poll = { id: call.pollId, question: params.question, options, total_voter_count: 0, is_closed: false, is_anonymous: params.is_anonymous ?? true, type: params.type ?? 'regular', allows_multiple_answers: false, correct_option_ids: params.correct_option_ids, explanation: params.explanation, open_period: params.open_period };
          return reply(200, { ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chat, type: chat < 0 ? 'group' : 'private' }, poll } });
        }
        default:
          return reply(200, { ok: true, result: true });
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    calls,
    offsets,
    pending: () => queue.map((u) => Number(u.update_id)),
    push: (u) => {
      queue.push(u);
    },
    failNextWith429: (method, retryAfter) => {
      fail429.set(method, retryAfter);
    },
    async waitFor(method, count = 1, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const got = calls.filter((c) => c.method === method);
        if (got.length >= count) return got;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} × ${method}; saw ${calls.map((c) => c.method).join(', ')}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
    },
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

let nextUpdate = 1;
/** A private text message update from user `from` in chat `chat`. */
export function textUpdate(text: string, opts: { chat?: number; from?: number; firstName?: string; chatType?: 'private' | 'group'; updateId?: number; replyToBot?: boolean } = {}) {
  const chatId = opts.chat ?? 42;
  return {
    update_id: opts.updateId ?? nextUpdate++,
    message: {
      message_id: nextUpdate + 1000,
      date: Math.floor(Date.now() / 1000),
      chat: opts.chatType === 'group' ? { id: chatId, type: 'group', title: 'Tập huấn' } : { id: chatId, type: 'private', first_name: 'Cán bộ' },
      from: { id: opts.from ?? 7, is_bot: false, first_name: opts.firstName ?? 'Cán bộ' },
      text,
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(/[\s@]/)[0]!.length }] } : {}),
      ...(opts.replyToBot ? { reply_to_message: { message_id: 1, date: 0, chat: { id: chatId, type: 'group' }, from: { id: 999, is_bot: true, first_name: 'Trợ lý' }, text: '…' } } : {}),
    },
  };
}

export function callbackUpdate(data: string, opts: { chat?: number; from?: number } = {}) {
  const chatId = opts.chat ?? 42;
  return {
    update_id: nextUpdate++,
    callback_query: {
      id: `cb${nextUpdate}`,
      from: { id: opts.from ?? 7, is_bot: false, first_name: 'Cán bộ' },
      chat_instance: 'ci',
      data,
      message: { message_id: 5, date: 0, chat: { id: chatId, type: 'private', first_name: 'Cán bộ' }, from: { id: 999, is_bot: true, first_name: 'Trợ lý' }, text: '…' },
    },
  };
}

/** A user's vote on a (non-anonymous) poll: names the poll and the voter, not the chat, as Telegram does. */
export function pollAnswerUpdate(pollId: string, option: number, opts: { from?: number; firstName?: string; lastName?: string; username?: string } = {}) {
  return {
    update_id: nextUpdate++,
    poll_answer: {
      poll_id: pollId,
      user: { id: opts.from ?? 7, is_bot: false, first_name: opts.firstName ?? 'Cán bộ', ...(opts.lastName ? { last_name: opts.lastName } : {}), ...(opts.username ? { username: opts.username } : {}) },
      option_ids: [option],
      option_persistent_ids: [String(option)],
    },
  };
}
