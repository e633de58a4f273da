import { fold } from '../../corpus/normalise';
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


/**
 * A question worth asking in a workshop: the task read as the plan means it (a scanned plan's
 * restored text, not the raw OCR), whole (no "…": a task too long for a poll is not asked), and not
 * giving the answer away (the lead's name, or a telling part of it, is not in the task). The
 * explanation says who leads, with whom, when, and where the plan says so.
 */
export function makeQuiz(engine: Engine, seed = Date.now(), province?: string): QuizQuestion | null {
  const rand = seededRandom(seed);
  const head = (p: string) => `${p}: ai chủ trì nhiệm vụ sau? `;
  const telling = (name: string) => fold(name).replace(/\b(so|ban|tinh|uy|ban nhan dan|hoi|va|cac|lien hiep|trung tam)\b/g, ' ').split(/\s+/).filter((w) => w.length > 2);
  const candidates = [...engine.assignments.values()].filter(({ assignment, plan }) => {
    if (province && plan.plan.province !== province) return false;
    const lead = assignment.lead;
    if (lead.length !== 1 || engine.agencies.get(lead[0]!.agencyId)?.kind !== 'agency') return false;
    const task = assignment.taskRestored ?? assignment.task;
    if (task.length + head(plan.plan.province).length > 300 || task.length < 25) return false;
    // "Sở Tư pháp hướng dẫn…", "… của Công an tỉnh": the answer would be in the question
    const words = telling(engine.agencies.get(lead[0]!.agencyId)!.name);
    const t = ` ${fold(task)} `;
    return words.length === 0 || !words.every((w) => t.includes(` ${w} `));
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
  const partners = assignment.coordinating.map((m) => engine.agencies.get(m.agencyId)?.name ?? m.text);
  const why = [
    `${name(rightId)} chủ trì`,
    partners.length > 0 ? `, phối hợp: ${partners.slice(0, 3).join('; ')}${partners.length > 3 ? '…' : ''}` : '',
    assignment.timeframe ? `; thời gian: ${assignment.timeframe}` : '',
    ` (${planNumber(plan.plan)}, ${assignment.source.ref})`,
  ].join('');
  return {
    question: `${head(plan.plan.province)}${assignment.taskRestored ?? assignment.task}`,
    options: options.map((o) => (o.length > 100 ? `${o.slice(0, 99)}…` : o)),
    correctIndex: options.indexOf(name(rightId)),
    // Telegram shows at most 200 characters under the poll
    explanation: why.length > 200 ? `${why.slice(0, 199)}…` : why,
  };
}
