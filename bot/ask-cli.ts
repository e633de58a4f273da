/**
 * The `ask` contract (scripts and outside checks depend on it):
 *   npm run ask -- "câu hỏi"                      the answer text as a chat user sees it
 *   npm run --silent ask -- --json "câu hỏi"      one JSON object
 *   npm run --silent ask -- --json --batch < in.jsonl
 *       lines {"id", "question", "session"?} → one JSON line each, in order, id echoed;
 *       lines sharing a session are one conversation, in order.
 */
import { createInterface } from 'node:readline';
import { createApp, type App } from './app';
import { parseConfig } from './config';
import { toContract } from './answer/contract';

async function batch(app: App): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n += 1;
    if (!line.trim()) continue;
    let item: { id?: unknown; question?: unknown; session?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      process.stdout.write(`${JSON.stringify({ id: null, error: `line ${n}: not valid JSON` })}\n`);
      continue;
    }
    const id = item.id === undefined ? undefined : String(item.id);
    if (typeof item.question !== 'string') {
      process.stdout.write(`${JSON.stringify({ id: id ?? null, error: `line ${n}: "question" must be a string` })}\n`);
      continue;
    }
    const r = await app.ask({ question: item.question, ...(typeof item.session === 'string' ? { session: item.session } : {}) });
    process.stdout.write(`${JSON.stringify(toContract(r, id))}\n`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const isBatch = args.includes('--batch');
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!isBatch && !question.trim()) {
    console.error('usage: npm run ask -- "câu hỏi"   (or --json, or --json --batch < questions.jsonl)');
    process.exit(64);
  }
  const app = await createApp(parseConfig(process.env));
  if (isBatch) return batch(app);
  const r = await app.ask({ question });
  process.stdout.write(json ? `${JSON.stringify(toContract(r))}\n` : `${r.text}\n`);
}

main().catch((err: unknown) => {
  console.error(`ask: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
