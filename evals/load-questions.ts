import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EvalItemSchema, type EvalItem } from './schema';

/** Read every evals/data/*.jsonl file; a bad line fails with its file and line number. */
export async function loadQuestions(dir: string): Promise<EvalItem[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  const items: EvalItem[] = [];
  for (const file of files) {
    const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
      }
      const parsed = EvalItemSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file}:${i + 1}: ${issue.path.join('.')}: ${issue.message}`);
      }
      items.push(parsed.data);
    });
  }
  return items;
}
