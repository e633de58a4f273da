import type { SharedState } from '../../state/shared-state';

/**
 * Quiz scores per chat, from Telegram's `poll_answer` updates. A poll answer names the poll and the
 * voter but not the chat, so which chat a poll was sent to and its right option are kept when it is
 * sent; all of it lives in the shared state, so a poll sent by one instance is scored by another.
 * Only a first name is kept for the board (never a phone number, a username or an id on screen), for
 * `ttlSeconds` after the chat's last answer.
 */
export interface ScoreLine {
  name: string;
  right: number;
  answered: number;
}

interface SentPoll {
  chat: number;
  correct: number;
}

export class QuizScores {
  constructor(
    private readonly state: SharedState,
    private readonly ttlSeconds = 30 * 24 * 3600,
  ) {}

  async sent(pollId: string, chat: number, correct: number): Promise<void> {
    await this.state.save(`tg-quiz-poll:${pollId}`, { chat, correct } satisfies SentPoll, 24 * 3600);
  }

  /** one voter's answer; null when the poll is not ours (or too old), or this voter was counted already */
  async answered(pollId: string, voter: { id: number; firstName: string }, optionIds: readonly number[]): Promise<{ chat: number; right: boolean } | null> {
    // an empty choice is a vote taken back (regular polls only): nothing to count
    if (optionIds.length === 0) return null;
    const poll = await this.state.load<SentPoll>(`tg-quiz-poll:${pollId}`);
    if (!poll) return null;
    if (!(await this.state.first('tg-quiz-vote', `${pollId}:${voter.id}`, 24 * 3600))) return null;
    const right = optionIds.includes(poll.correct);
    const board = `tg-quiz-score:${poll.chat}`;
    await this.state.save(`tg-quiz-name:${poll.chat}:${voter.id}`, cleanName(voter.firstName), this.ttlSeconds);
    await this.state.count(board, `${voter.id}:answered`, 1, this.ttlSeconds);
    await this.state.count(board, `${voter.id}:right`, right ? 1 : 0, this.ttlSeconds);
    return { chat: poll.chat, right };
  }

  /** the chat's best `limit`: most right answers first, then fewest tries, then by name */
  async board(chat: number, limit = 10): Promise<ScoreLine[]> {
    const counts = await this.state.counts(`tg-quiz-score:${chat}`);
    const voters = [...new Set(Object.keys(counts).map((k) => k.split(':')[0]!))];
    const lines = await Promise.all(
      voters.map(async (v) => ({
        name: (await this.state.load<string>(`tg-quiz-name:${chat}:${v}`)) ?? 'Người chơi',
        right: counts[`${v}:right`] ?? 0,
        answered: counts[`${v}:answered`] ?? 0,
      })),
    );
    return lines
      .filter((l) => l.answered > 0)
      .sort((a, b) => b.right - a.right || a.answered - b.answered || a.name.localeCompare(b.name, 'vi'))
      .slice(0, limit);
  }
}

/** A first name fit for a board: no control or invisible characters, at most 32 characters. */
function cleanName(name: string): string {
  const clean = name.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim();
  return [...clean].slice(0, 32).join('') || 'Người chơi';
}

export function boardText(lines: readonly ScoreLine[], lang: 'vi' | 'en' = 'vi'): string {
  if (lines.length === 0)
    return lang === 'en' ? 'No quiz answers in this chat yet. Send /quiz to start.' : 'Chưa ai trả lời câu đố nào trong cuộc trò chuyện này. Gõ /quiz để bắt đầu.';
  const medal = ['🥇', '🥈', '🥉'];
  const head = lang === 'en' ? '🏆 Quiz scores in this chat:' : '🏆 Bảng điểm câu đố:';
  const unit = lang === 'en' ? 'right' : 'câu đúng';
  return [head, ...lines.map((l, i) => `${medal[i] ?? `${i + 1}.`} ${l.name}: ${l.right}/${l.answered} ${unit}`)].join('\n');
}
