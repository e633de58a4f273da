import type { Assistant } from '../../assistant';
import type { AnswerResult } from '../../answer/types';
import { fold } from '../../../corpus/normalise';

/**
 * What the Zalo channel says besides the assistant's answers. Zalo has no buttons or commands
 * menu, so everything a Telegram user would tap is a word to type, and the replies say which.
 * Provinces and examples come from the corpus (the assistant's coverage), never from this file.
 */
export const SOURCE_HINT = 'Xem nguyên văn đoạn kế hoạch: gõ "nguồn".';
const HOTLINE = 'Trẻ em gặp nguy hiểm? Gọi ngay Tổng đài 111 (miễn phí, 24/7); khẩn cấp gọi 113.';

/** the first line of the assistant's help: what it answers, and for which provinces */
const coverageLine = (assistant: Assistant): string => assistant.help('vi').split('\n')[0]!;

/** On follow: what the assistant does, two example questions from the plans, how to see a source. */
export function welcomeText(assistant: Assistant): string {
  const examples = assistant.coverage().examples.slice(0, 2);
  return [
    'Xin chào, cảm ơn bạn đã quan tâm!',
    `${coverageLine(assistant)} Hãy gõ câu hỏi: cơ quan nào chủ trì, phối hợp, thời hạn, và văn bản ghi ở đâu.`,
    ...(examples.length > 0 ? ['', 'Ví dụ:', ...examples.map((e) => `• ${e}`)] : []),
    '',
    'Sau mỗi câu trả lời, gõ "nguồn" để xem nguyên văn đoạn kế hoạch.',
    HOTLINE,
  ].join('\n');
}

/** An image, a sticker, a voice message…: the assistant reads typed questions only. */
export function textOnlyText(assistant: Assistant, what: string): string {
  const example = assistant.coverage().examples[0];
  return [
    `Tôi chỉ đọc được câu hỏi gõ bằng chữ, chưa xem được ${what}.`,
    coverageLine(assistant),
    ...(example ? [`Bạn hãy gõ câu hỏi, ví dụ: "${example}"`] : []),
  ].join('\n');
}

/** "nguồn", "nguon", "xem nguyên văn", "/nguon": the passages behind the user's last answer. */
export function isSourceWord(text: string): boolean {
  const t = fold(text).replace(/[.!?…\s]+$/u, '').trim();
  return /^\/?(?:xem )?(?:nguon|nguyen van|nguon trich|van ban goc)$/.test(t);
}

/** What the last answer keeps for "nguồn": its passages, each with the plan it is from. */
export interface KeptSources {
  passages: Array<AnswerResult['passages'][number] & { plan: string }>;
}

export function keepSources(r: AnswerResult): KeptSources {
  return {
    passages: r.passages.map((p) => {
      const m = r.matches.find((x) => x.file === p.file);
      return { ...p, plan: m ? `${m.province}, ${m.plan}` : 'kế hoạch' };
    }),
  };
}

export const NO_ANSWER_YET = 'Chưa có câu trả lời nào để xem nguyên văn. Bạn hãy đặt câu hỏi trước, rồi gõ "nguồn".';
export const NOTHING_QUOTED = 'Câu trả lời vừa rồi không trích đoạn nào của kế hoạch (không có nhiệm vụ khớp), nên không có nguyên văn để xem.';

/** The passages under their plan's name (not the file they are stored in). */
export function sourcesText(kept: KeptSources | null): string {
  if (!kept) return NO_ANSWER_YET;
  if (kept.passages.length === 0) return NOTHING_QUOTED;
  const lines = (p: KeptSources['passages'][number]) => (p.lineStart === p.lineEnd ? `dòng ${p.lineStart}` : `dòng ${p.lineStart}–${p.lineEnd}`);
  return [
    'Nguyên văn trong kế hoạch (câu trả lời vừa rồi):',
    ...kept.passages.map((p) => `\n📄 ${p.plan} – ${p.ref} (${lines(p)})\n${p.text}${p.restored ? `\n🔤 Đọc lại có dấu (khôi phục từ bản quét, có thể sai): ${p.restored}` : ''}`),
  ].join('\n');
}
