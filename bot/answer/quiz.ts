import { fold } from '../../corpus/normalise';
import { seededRandom } from '../../corpus/seeded-random';
import type { Agency, Assignment, ParsedPlan } from '../../corpus/schema';
import type { Engine } from './engine';
import { provinceLabel } from './compose';
import { reportsChildInDanger } from './safety';

/**
 * A quiz for trainers, built from the plans: "Ai chủ trì …?" with the right lead and three plausible
 * wrong ones (other bodies that lead tasks in the same plan). Telegram limits a poll question to 300
 * characters, an option to 100 and the explanation to 200 (with at most two line breaks).
 */
export interface QuizQuestion {
  question: string;
  options: string[];
  correctIndex: number;
  /** why this is the answer: who leads which task, in which plan and section (≤ 200 characters) */
  explanation: string;
  /** the task asked about and its province, so a round never asks one task twice */
  assignmentId: string;
  province: string;
}

export const QUIZ_LIMITS = { question: 300, option: 100, explanation: 200 } as const;
const MIN_TASK = 25;

/** Words every body's name shares ("Sở", "tỉnh", "Ủy ban nhân dân"): they tell nothing about which body it is. */
const GENERIC = ['uy ban nhan dan', 'nhan dan', 'ubnd', 'viet nam', 'lien hiep', 'trung tam', 'thanh pho', 'so', 'ban', 'tinh', 'hoi', 'va', 'cac', 'cap'];
const syllables = (s: string) => fold(s).split(/[^a-z0-9]+/).filter(Boolean);
const contains = (hay: readonly string[], needle: readonly string[]) => {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return true;
  return false;
};

/**
 * What would give a body away in a question: its name and aliases as written, the plan's own words
 * for it, an abbreviation ("LĐTBXH"), and every pair of telling words of its names ("y tế", "tư
 * pháp", "du lịch"): a task that says "tư pháp thân thiện" answers "Sở Tư pháp" by itself.
 */
export function tellingPhrases(agency: Agency, ownWords: readonly string[] = []): string[][] {
  const names = [agency.name, ...agency.aliases, ...ownWords];
  const out: string[][] = names.map(syllables).filter((n) => n.length > 0);
  for (const name of names) {
    for (const abbr of name.match(/\p{Lu}[\p{Lu}&-]{2,}/gu) ?? []) out.push(syllables(abbr));
    // a pair never spans punctuation or a generic word: "Lao động – Thương binh và Xã hội" → lao động, thương binh, xã hội
    for (const span of name.split(/[,;:–()&-]/)) {
      let folded = ` ${syllables(span).join(' ')} `;
      for (const g of GENERIC) folded = folded.split(` ${g} `).join(' | ');
      for (const run of folded.split('|')) {
        const w = run.trim().split(' ').filter(Boolean);
        for (let i = 0; i + 1 < w.length; i++) out.push([w[i]!, w[i + 1]!]);
      }
    }
  }
  return out;
}

export const givesAway = (text: string, telling: readonly string[][]): boolean => {
  const words = syllables(text);
  return telling.some((t) => contains(words, t));
};

/**
 * A scan's restored clause fit to show as a question: no stray OCR marks ("thể}ở"), and every pair
 * of neighbouring words inside a phrase one the plans written with diacritics also use. The
 * restoration's slips are real syllables in the wrong place ("dịch vụ tế", "phụ nít", "bảo đảm môi
 * trẻ em"): a word list cannot see them, a pair no plan ever wrote does. What fails is not asked
 * rather than shown wrong in front of a workshop.
 */
function readableRestored(clause: string, pairs: ReadonlySet<string>): boolean {
  if (/[^\p{L}\p{N}\s,.;:()'"/%–-]/u.test(clause)) return false;
  return phrasesOf(clause).every((w) => w.every((x, i) => i === 0 || pairs.has(`${w[i - 1]} ${x}`)));
}

const phrasesOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[,;:.()–"]+/)
    .map((p) => p.split(/[^\p{L}\p{N}/]+/u).filter(Boolean));

/** Clauses of a task: sentences and ";" items, each keeping its own punctuation. */
const clausesOf = (task: string) => task.split(/(?<=[;.])\s+(?=\S)/).filter((c) => c.trim().length > 0);

interface Candidate {
  assignment: Assignment;
  plan: ParsedPlan;
  lead: Agency;
  /** the words asked: the whole task, or its first clauses when the rest is too long or tells the answer */
  text: string;
  excerpt: boolean;
}

const head = (plan: ParsedPlan) => `${provinceLabel(plan.plan, 'vi')}: ai chủ trì nhiệm vụ sau? `;

/**
 * The task as asked: whole when it fits and tells nothing, else the longest run of its first
 * clauses that does (cut only where a clause ends, and marked "(trích)"); null when even the first
 * clause gives the answer away, or a scan's clause could not be restored cleanly.
 */
function askable(task: string, room: number, telling: readonly string[][], pairs: ReadonlySet<string> | null): { text: string; excerpt: boolean } | null {
  const clauses = clausesOf(task);
  const MARK = ' (trích)';
  let kept = '';
  for (const [i, clause] of clauses.entries()) {
    if (givesAway(clause, telling) || (pairs && !readableRestored(clause, pairs))) break;
    const next = kept ? `${kept} ${clause}` : clause;
    const whole = i === clauses.length - 1;
    if (next.length + (whole ? 0 : MARK.length) > room) break;
    kept = next;
  }
  if (!kept) return null;
  // an item that announces a list ("…như sau:") is not a whole thought
  if (/:\s*$/.test(kept)) return null;
  const excerpt = kept.length < task.trim().length;
  const text = excerpt ? `${kept.replace(/[;,:]\s*$/, '.')}${MARK}` : kept;
  return text.length - (excerpt ? MARK.length : 0) >= MIN_TASK ? { text, excerpt } : null;
}

/**
 * What the plans written with diacritics say, to check a scan's restoration against: the word pairs
 * they use, and the words they capitalise inside a sentence ("Công ước", "Nhân dân").
 */
function accentedUsage(engine: Engine): { pairs: Set<string>; capitals: Set<string> } {
  const pairs = new Set<string>();
  const capitals = new Set<string>();
  for (const p of engine.corpus.plans) {
    if (p.plan.scanned) continue;
    for (const text of [...p.assignments.map((a) => a.task), ...p.sections.map((s) => s.text)]) {
      for (const w of phrasesOf(text)) for (let i = 1; i < w.length; i++) pairs.add(`${w[i - 1]} ${w[i]}`);
      for (const m of text.matchAll(MID_CAPITAL)) capitals.add(m[1]!);
    }
  }
  return { pairs, capitals };
}

/** a capitalised word right after a lower-case word (or its comma): inside a sentence */
const MID_CAPITAL = /(?<=[\p{Ll}\d][,;]? )(\p{Lu}\p{Ll}*)(?![\p{L}])/gu;

/** The scan's stray capitals ("xử Lý", "tỷ Lệ", "Ở trẻ em") in lower case, unless the plans capitalise that word too. */
const mendCapitals = (text: string, capitals: ReadonlySet<string>) => text.replace(MID_CAPITAL, (w) => (capitals.has(w) ? w : w.toLowerCase()));

// per engine (a reload builds a new one): the candidates do not change between questions
const candidateCache = new WeakMap<Engine, Candidate[]>();
function candidates(engine: Engine): Candidate[] {
  const cached = candidateCache.get(engine);
  if (cached) return cached;
  let usage: { pairs: Set<string>; capitals: Set<string> } | null = null;
  const out: Candidate[] = [];
  for (const { assignment, plan } of engine.assignments.values()) {
    if (assignment.lead.length !== 1) continue;
    const lead = engine.agencies.get(assignment.lead[0]!.agencyId);
    if (!lead || lead.kind !== 'agency') continue;
    if (plan.plan.scanned) usage ??= accentedUsage(engine);
    const telling = tellingPhrases(lead, assignment.lead.map((m) => m.text));
    // the scan leaves specks and stray capitals ("về,tác hại", "xử Lý"): typed text never glues a comma to the next word
    const restored = assignment.taskRestored && usage ? mendCapitals(assignment.taskRestored.replace(/(\p{L})[,;](?=\p{L})/gu, '$1 '), usage.capitals) : null;
    const task = restored ?? assignment.task;
    const asked = askable(task, QUIZ_LIMITS.question - head(plan).length, telling, plan.plan.scanned && usage ? usage.pairs : null);
    if (asked) out.push({ assignment, plan, lead, ...asked });
  }
  candidateCache.set(engine, out);
  return out;
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

/** The first words of the task, ending where a phrase ends (a comma), to name it in the explanation. */
function gist(text: string, room: number): string {
  const plain = text.replace(/ \(trích\)$/, '').replace(/[.;:]\s*$/, '');
  const first = clausesOf(plain)[0]!.replace(/[.;]\s*$/, '');
  if (first.length <= room) return first;
  let byPhrase = '';
  for (const p of first.split(/,\s+/)) {
    const next = byPhrase ? `${byPhrase}, ${p}` : p;
    if (next.length > room) break;
    byPhrase = next;
  }
  // a phrase boundary when it keeps most of the room; otherwise whole words and "…"
  const byWord = clip(first.slice(0, first.lastIndexOf(' ', room - 1)), room);
  return byPhrase.length >= 0.6 * room ? byPhrase : `${byWord.replace(/[,…]*$/, '')}…`;
}

/**
 * Why the answer is right, in one breath: "Theo 29/KH-UBND (Quảng Ngãi), Phụ lục, mục II.2: Sở Tư
 * pháp chủ trì việc “…”; phối hợp: …; thời gian: …". The partners and timeframe come when
 * there is room; the task is named by its first phrase.
 */
function explain(c: Candidate, engine: Engine): string {
  const { assignment } = c;
  const p = c.plan.plan;
  const inferred = p.provinceInferred ? ', tỉnh suy ra' : '';
  const which = p.documentNumber ? `${p.documentNumber} (${p.province}${inferred})` : `${p.documentKind === 'Quyết định' ? 'quyết định' : 'kế hoạch'} của ${p.province}${inferred} (không ghi số)`;
  const opening = `Theo ${which}, ${assignment.source.ref}: ${c.lead.name} chủ trì việc “`;
  const partners = assignment.coordinating.map((m) => engine.agencies.get(m.agencyId)?.name ?? m.text);
  const MIN_GIST = 45;
  const budget = QUIZ_LIMITS.explanation - opening.length - '”.'.length;
  // the partners (all, or the first and how many more), the timeframe, the scan's note: each only while the task's name still fits
  let tail = '';
  const fits = (more: string) => budget - (tail + more).length >= MIN_GIST;
  const together = [partners.length > 0 ? `; phối hợp: ${partners.join(', ')}` : '', partners.length > 1 ? `; phối hợp: ${partners[0]} và ${partners.length - 1} cơ quan khác` : ''].find((t) => t && fits(t));
  if (together) tail += together;
  if (assignment.timeframe && fits(`; thời gian: ${assignment.timeframe}`)) tail += `; thời gian: ${assignment.timeframe}`;
  if (p.scanned && fits(' (chữ khôi phục dấu từ bản quét)')) tail += ' (chữ khôi phục dấu từ bản quét)';
  return clip(`${opening}${gist(c.text, budget - tail.length)}”${tail}.`, QUIZ_LIMITS.explanation);
}

/** Three wrong leads: bodies leading other tasks of the same plan first, then of other plans. */
function wrongOptions(c: Candidate, engine: Engine, rand: () => number): Agency[] {
  const right = c.lead.id;
  const same = fold(c.assignment.taskRestored ?? c.assignment.task);
  // a body that leads the very same task elsewhere in the plan would be a second right answer
  const alsoRight = new Set(c.plan.assignments.filter((a) => fold(a.taskRestored ?? a.task) === same).flatMap((a) => a.lead.map((m) => m.agencyId)));
  const usable = (id: string) => id !== right && !alsoRight.has(id) && engine.agencies.get(id)?.kind === 'agency';
  const inPlan = [...new Set(c.plan.assignments.flatMap((a) => a.lead.map((m) => m.agencyId)))].filter(usable);
  const elsewhere = [...new Set([...engine.assignments.values()].flatMap(({ assignment }) => assignment.lead.map((m) => m.agencyId)))].filter((id) => usable(id) && !inPlan.includes(id));
  const picked: string[] = [];
  for (const list of [inPlan, elsewhere]) {
    const copy = [...list];
    while (picked.length < 3 && copy.length > 0) picked.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
  }
  return picked.map((id) => engine.agencies.get(id)!);
}

function build(c: Candidate, engine: Engine, rand: () => number): QuizQuestion | null {
  const wrong = wrongOptions(c, engine, rand);
  if (wrong.length < 3) return null;
  const options = [c.lead, ...wrong].map((a) => clip(a.name, QUIZ_LIMITS.option));
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [options[i], options[j]] = [options[j]!, options[i]!];
  }
  return {
    question: `${head(c.plan)}${c.text}`,
    options,
    correctIndex: options.indexOf(clip(c.lead.name, QUIZ_LIMITS.option)),
    explanation: explain(c, engine),
    assignmentId: c.assignment.id,
    province: c.plan.plan.province,
  };
}

const inProvince = (engine: Engine, province?: string) => candidates(engine).filter((c) => !province || c.plan.plan.province === province);

/**
 * One question, the same for the same seed (tests, a replayed round). A question worth asking in a
 * workshop: the task read as the plan means it (a scanned plan's restored text, never the raw OCR),
 * whole or cut only where a clause ends, never giving the answer away (the lead's name, an alias or
 * a telling pair of its words is not in it), a plan whose province was inferred marked as answers
 * mark it, and an explanation that says who leads which task, where the plan says so.
 */
export function makeQuiz(engine: Engine, seed = Date.now(), province?: string): QuizQuestion | null {
  return makeQuizRound(engine, 1, seed, province)[0] ?? null;
}

/** `count` questions on different tasks (fewer when the plans have fewer), deterministic under `seed`. */
export function makeQuizRound(engine: Engine, count: number, seed = Date.now(), province?: string): QuizQuestion[] {
  const rand = seededRandom(seed);
  const pool = [...inProvince(engine, province)];
  const out: QuizQuestion[] = [];
  while (out.length < count && pool.length > 0) {
    const c = pool.splice(Math.floor(rand() * pool.length), 1)[0]!;
    const q = build(c, engine, rand);
    if (q) out.push(q);
  }
  return out;
}

/** A request for a quiz in a chat message: how many questions, and about which province. */
export interface QuizRequest {
  count: number;
  /** a province that has a plan, as the corpus names it */
  province: string | null;
  /** the place asked for when no plan's province matches it ("trắc nghiệm về Atlantis") */
  unknownPlace: string | null;
}

export const QUIZ_DEFAULT_COUNT = 5;
export const QUIZ_MAX_COUNT = 10;
const QUIZ_WORDS = /\b(quiz|cau do|do vui|trac nghiem)\b/;
// written with diacritics, "câu đó" (that sentence) is not "câu đố" (a riddle)
const QUIZ_WORDS_ACCENTED = /(^|[^\p{L}])(quiz|câu đố|đố vui|trắc nghiệm)($|[^\p{L}])/u;
// a message that asks who leads, when, or what a plan says is a question, even if it mentions a quiz
const QUESTION_WORDS = /\b(ai|nao|khi nao|bao gio|the nao|sao|gi|chu tri|phoi hop|thoi gian|thoi han|la gi)\b/;
const FILLER = new Set('cho toi minh em anh chi xin hay lam mot vai cac nhung bo bai cau hoi do vui quiz trac nghiem ve o tai tinh thanh pho tp ke hoach nhe di voi a oi nua tiep give me an some questions question on about the please test kiem tra kien thuc cua for'.split(' '));
/** words after which a place is named: "trắc nghiệm về …", "câu đố ở …", "quiz on …" */
const PLACE_MARKERS = new Set(['ve', 'o', 'tai', 'tinh', 'cua', 'about', 'on', 'for']);
const NUMBER_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const key = (s: string) => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * "cho tôi 5 câu hỏi trắc nghiệm", "quiz", "câu đố", "trac nghiem ve son la": a quiz is asked for.
 * Pure (the provinces come from the corpus): with or without diacritics; the count from a digit or
 * a number word before "câu" (default 5, at most 10); a province of the corpus if one is named,
 * otherwise the place named after "về / ở / tỉnh …" (or in capitals), so the channel can say which
 * provinces there are. A real question that happens to name a quiz ("ai chủ trì thi trắc
 * nghiệm?") is not a request.
 */
export function quizRequest(text: string, provinces: readonly string[]): QuizRequest | null {
  const folded = ` ${key(text)} `;
  const accented = fold(text) !== text.normalize('NFC').toLowerCase();
  if (!(accented ? QUIZ_WORDS_ACCENTED.test(text.normalize('NFC').toLowerCase()) : QUIZ_WORDS.test(folded))) return null;
  if (QUESTION_WORDS.test(folded.replace(/\bcau hoi\b/g, ' '))) return null;
  // a child in danger comes first, whatever else the message says: the answer gives the hotline
  if (reportsChildInDanger(text)) return null;
  let rest = folded;
  let province: string | null = null;
  // the longest province name first (one name may hold a shorter one)
  for (const p of [...provinces].sort((a, b) => b.length - a.length)) {
    const k = ` ${key(p)} `;
    if (rest.includes(k)) {
      province = p;
      rest = rest.replace(k, ' ');
      break;
    }
  }
  const digits = /\b(\d{1,3})\b/.exec(rest);
  const worded = /\b(mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|one|two|three|four|five|six|seven|eight|nine|ten)\s+(cau|questions?)\b/.exec(rest);
  const asked = digits ? Number(digits[1]) : worded ? NUMBER_WORDS[worded[1]!]! : QUIZ_DEFAULT_COUNT;
  if (digits) rest = rest.replace(digits[0], ' ');
  else if (worded) rest = rest.replace(worded[0], ' cau ');
  const left = rest.split(' ').filter((w) => w && !FILLER.has(w));
  // more than a place name left: a sentence about something else, not a request
  if (left.length > 4) return null;
  const count = Math.min(QUIZ_MAX_COUNT, Math.max(1, asked));
  return { count, province, unknownPlace: province ? null : placeNamed(text, new Set(left)) };
}

/** The words of a place the user named (after "về", "ở"…, or capitalised), as they wrote them; null if none. */
function placeNamed(text: string, left: ReadonlySet<string>): string | null {
  const tokens = text.normalize('NFC').split(/\s+/).filter(Boolean);
  let marker = false;
  const place: string[] = [];
  for (const [i, token] of tokens.entries()) {
    const k = key(token);
    if (PLACE_MARKERS.has(k)) marker = true;
    else if (k && left.has(k) && (marker || (i > 0 && /^\p{Lu}/u.test(token)))) place.push(token);
  }
  return place.length > 0 ? place.join(' ').replace(/[?!.,;:]+$/, '').slice(0, 60) : null;
}
