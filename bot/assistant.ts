import { answer, describeAssignment, helpText, passagesFor, setSessionProvince } from './answer/answer';
import { coverage, type Coverage } from './answer/coverage';
import type { Engine } from './answer/engine';
import { makeQuiz, makeQuizRound, type QuizQuestion } from './answer/quiz';
import { MAX_QUESTION_CHARS, tooLongNote } from './answer/limits';
import type { AnswerResult, AskInput } from './answer/types';

/**
 * What every channel may do, and nothing more: channels are thin adapters onto this neutral
 * interface and never see the engine, the index or each other (grammY's framework adapters work the
 * same way: one handler, many transports).
 */
export interface Assistant {
  ask(input: AskInput): Promise<AnswerResult>;
  /** the provinces that have a plan, for pickers */
  provinces(): string[];
  /** set the province of a conversation (the /tinh picker); false for an unknown province */
  setProvince(session: string, province: string): boolean;
  /** the source passages behind the session's last answer (/nguon, "Xem nguyên văn") */
  lastPassages(session: string): AnswerResult['passages'];
  /** a task of an earlier answer told again with another focus (buttons under that answer); null when gone */
  describe(assignmentId: string, focus: 'lead' | 'coord' | 'time', lang?: 'vi' | 'en'): string | null;
  /** a quiz question from the plans (of one province when given) */
  quiz(seed?: number, province?: string): QuizQuestion | null;
  /** `count` quiz questions on different tasks (the web page's round); fewer when the plans have fewer */
  quizRound(count: number, seed?: number, province?: string): QuizQuestion[];
  /** the provinces and example questions, from the corpus (help texts, the web page) */
  coverage(): Coverage;
  help(lang: 'vi' | 'en'): string;
  /** true when answers carry an id and 👍/👎 are kept (the question log is on) */
  feedbackEnabled: boolean;
  /** 👍 / 👎 (with an optional comment) on an answer by its id; false when that answer is not in the log */
  feedback(answerId: string, verdict: 'up' | 'down', comment?: string): Promise<boolean>;
}

/** `engine` is read at every call, so a reload that swaps the engine takes effect at once for every channel. */
export function createAssistant(engine: () => Engine): Assistant {
  return {
    ask: async (input) => {
      if (input.question.length <= MAX_QUESTION_CHARS) return answer(engine(), input);
      // bounded work per message: only the first part is read, and the reply says so
      const r = await answer(engine(), { ...input, question: input.question.slice(0, MAX_QUESTION_CHARS) });
      const note = tooLongNote(input.question.length);
      // a danger reply keeps the hotline first
      return { ...r, question: input.question, text: r.danger ? `${r.text}\n\n${note}` : `${note}\n\n${r.text}` };
    },
    provinces: () => [...engine().plansByProvince.keys()],
    setProvince: (session, province) => setSessionProvince(engine(), session, province),
    lastPassages: (session) => passagesFor(engine(), session),
    describe: (assignmentId, focus, lang = 'vi') => describeAssignment(engine(), assignmentId, focus, lang),
    quiz: (seed, province) => makeQuiz(engine(), seed, province),
    quizRound: (count, seed, province) => makeQuizRound(engine(), count, seed, province),
    coverage: () => coverage(engine()),
    help: (lang) => helpText(engine(), lang),
    // no log, nowhere to keep feedback: the question-log wrapper replaces both
    feedbackEnabled: false,
    feedback: async () => false,
  };
}
