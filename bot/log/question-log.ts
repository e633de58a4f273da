import { createHash, randomBytes } from 'node:crypto';
import type { Assistant } from '../assistant';
import type { AnswerResult, AskInput } from '../answer/types';
import type { LogStore, Verdict } from './records';
import { scrub } from './scrub';

/**
 * The question log as a wrapper around the neutral Assistant (not a flag inside it): every answer
 * gets an id (feedback buttons carry it), and what was asked and what came back is written, scrubbed,
 * after the reply is returned, so the log adds no wait to an answer. A write that fails is reported,
 * never thrown at the channel.
 */
export const MAX_COMMENT_CHARS = 500;
export const DANGER_TEXT = '[báo cáo trẻ gặp nguy hiểm: nội dung không lưu]';

export interface QuestionLog {
  assistant: Assistant;
  /** writes still in flight (tests, shutdown) */
  flush(): Promise<void>;
}

export function newAnswerId(): string {
  return randomBytes(8).toString('base64url');
}

export const channelOf = (input: AskInput): string => input.channel ?? (input.session?.match(/^([a-z]+):/)?.[1] ?? 'api').replace(/^tg$/, 'telegram');

export function withQuestionLog(inner: Assistant, store: LogStore, salt: string, log: (line: string) => void = () => {}): QuestionLog {
  const writes = new Map<string, Promise<void>>();
  const hash = (s: string) => createHash('sha256').update(salt).update('\0').update(s).digest('base64url').slice(0, 16);
  const assistant: Assistant = {
    ...inner,
    feedbackEnabled: true,
    async ask(input: AskInput): Promise<AnswerResult> {
      const started = performance.now();
      const r = await inner.ask(input);
      const latencyMs = performance.now() - started;
      const answerId = newAnswerId();
      const write = store
        .addQuestion({
          answerId,
          at: Date.now(),
          channel: channelOf(input),
          userHash: hash(input.session ?? 'anonymous'),
          question: r.danger ? DANGER_TEXT : scrub(input.question),
          intent: r.intent,
          provinces: r.provinces,
          topics: r.topics ?? [],
          matched: r.matches.map((m) => m.assignmentId),
          abstained: r.abstained,
          danger: r.danger,
          latencyMs: Math.round(latencyMs * 100) / 100,
        })
        .catch((e: Error) => log(`question log: not written (${e.message.slice(0, 80)}); the answer was sent`))
        .finally(() => writes.delete(answerId));
      writes.set(answerId, write);
      return { ...r, answerId };
    },
    async feedback(answerId: string, verdict: Verdict, comment = ''): Promise<boolean> {
      await writes.get(answerId); // feedback given at once on an answer whose log line is still being written
      try {
        return await store.addFeedback({ answerId, at: Date.now(), verdict, comment: scrub(comment.trim()).slice(0, MAX_COMMENT_CHARS) });
      } catch (e) {
        log(`question log: feedback not written (${(e as Error).message.slice(0, 80)})`);
        return false;
      }
    },
  };
  return { assistant, flush: async () => void (await Promise.allSettled([...writes.values()])) };
}

/** Deletes what is older than the retention period now and every `everyMs`; returns a stop function. */
export function keepRetention(store: LogStore, days: number, log: (line: string) => void, everyMs = 6 * 3600_000, now: () => number = Date.now): () => void {
  const run = () =>
    store.purge(now() - days * 86_400_000).then(
      (n) => n > 0 && log(`question log: ${n} question${n === 1 ? '' : 's'} older than ${days} days deleted`),
      (e: Error) => log(`question log: retention purge failed (${e.message.slice(0, 80)})`),
    );
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
