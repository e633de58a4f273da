import { quizRequest } from '../answer/quiz';
import type { Assistant } from '../assistant';

/**
 * The web chat's answer to "cho tôi 5 câu hỏi trắc nghiệm", "trắc nghiệm về Sơn La": a round of
 * multiple-choice questions the page lets people answer by tapping (the page reveals right or wrong
 * and the explanation; nothing is sent back). A teaching quiz, so the right option travels with the
 * question. Null for every other message (it goes to the assistant as a question).
 */
export interface WebQuiz {
  question: string;
  text: string;
  abstained: boolean;
  matches: [];
  quiz?: { province: string | null; questions: Array<{ question: string; options: string[]; correctIndex: number; explanation: string }> };
}

export function quizReply(assistant: Assistant, message: string, seed = Date.now()): WebQuiz | null {
  const provinces = assistant.provinces();
  const asked = quizRequest(message, provinces);
  if (!asked) return null;
  const list = provinces.join(', ');
  if (asked.unknownPlace)
    return { question: message, abstained: true, matches: [], text: `Chưa có kế hoạch của "${asked.unknownPlace}" trong kho. Các tỉnh có kế hoạch: ${list}. Ví dụ: "trắc nghiệm về ${provinces[0] ?? ''}".` };
  const round = assistant.quizRound(asked.count, seed, asked.province ?? undefined);
  if (round.length === 0) return { question: message, abstained: true, matches: [], text: `Chưa tạo được câu đố từ kế hoạch${asked.province ? ` của ${asked.province}` : ''}.` };
  const about = asked.province ? `kế hoạch của ${asked.province}` : `kế hoạch của các tỉnh ${list}`;
  const fewer = round.length < asked.count ? ` (${asked.province ?? 'Kho'} chỉ có ${round.length} nhiệm vụ hỏi được.)` : '';
  return {
    question: message,
    abstained: false,
    matches: [],
    text: `Câu đố: ${round.length} câu hỏi trắc nghiệm về ${about}.${fewer} Chạm vào một đáp án để xem đúng hay sai và lời giải thích.`,
    quiz: {
      province: asked.province,
      questions: round.map((q) => ({ question: q.question, options: q.options, correctIndex: q.correctIndex, explanation: q.explanation })),
    },
  };
}
