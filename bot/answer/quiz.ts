import { seededRandom } from '../../corpus/seeded-random';
import type { Engine } from './engine';
import { planNumber } from './compose';

/**
 * A quiz question for trainers, built from the plans: "Ai chủ trì …?" with the right lead and three
 * plausible wrong ones (other agencies that lead tasks in the same plan). Telegram limits a poll
 * question to 300 characters and an option to 100.
 */
export interface QuizQuestion {
  question: string;
  options: string[];
  correctIndex: number;
  explanation: string;
}


export function makeQuiz(engine: Engine, seed = Date.now()): QuizQuestion | null {
  const rand = seededRandom(seed);
  const candidates = [...engine.assignments.values()].filter(({ assignment }) => {
    const lead = assignment.lead;
    return lead.length === 1 && engine.agencies.get(lead[0]!.agencyId)?.kind === 'agency';
  });
  if (candidates.length === 0) return null;
  const { assignment, plan } = candidates[Math.floor(rand() * candidates.length)]!;
  const rightId = assignment.lead[0]!.agencyId;
  const name = (id: string) => engine.agencies.get(id)!.name;
  const pool = [...new Set(plan.assignments.flatMap((a) => a.lead.map((m) => m.agencyId)))].filter(
    (id) => id !== rightId && engine.agencies.get(id)?.kind === 'agency',
  );
  const fallback = [...engine.agencies.values()].filter((a) => a.kind === 'agency' && a.id !== rightId && !pool.includes(a.id)).map((a) => a.id);
  const wrong: string[] = [];
  for (const list of [pool, fallback]) {
    const copy = [...list];
    while (wrong.length < 3 && copy.length > 0) wrong.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
  }
  const options = [rightId, ...wrong].map(name);
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [options[i], options[j]] = [options[j]!, options[i]!];
  }
  const head = `${plan.plan.province}: ai chủ trì nhiệm vụ sau? `;
  const task = assignment.task.length > 300 - head.length ? `${assignment.task.slice(0, 300 - head.length - 1)}…` : assignment.task;
  return {
    question: `${head}${task}`,
    options: options.map((o) => (o.length > 100 ? `${o.slice(0, 99)}…` : o)),
    correctIndex: options.indexOf(name(rightId)),
    explanation: `${planNumber(plan.plan)}, ${assignment.source.ref}`.slice(0, 200),
  };
}
