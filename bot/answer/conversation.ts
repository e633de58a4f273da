import type { Understanding } from '../../retrieval/understand';
import type { AnswerMatch } from './types';

/**
 * Per-session conversation state for follow-ups ("Còn ở Sơn La thì sao?", "Ai phối hợp?"):
 * the provinces, topic and content words of the last question, its intent and its matches.
 * Bounded in size (least recently used evicted) and in age.
 */
export interface ConversationState {
  provinces: Understanding['provinces'];
  topics: string[];
  content: string[];
  contentText: string;
  agencies: string[];
  intent: Understanding['intent'];
  matches: AnswerMatch[];
  /** the 2025 notes (ℹ️ lines) this conversation has already been shown: each is said once */
  notesShown?: string[];
  updatedAt: number;
}

export class SessionStore {
  private readonly map = new Map<string, ConversationState>();
  constructor(
    readonly maxSessions = 10_000,
    readonly maxAgeMs = 2 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): ConversationState | null {
    const s = this.map.get(id);
    if (!s) return null;
    if (this.now() - s.updatedAt > this.maxAgeMs) {
      this.map.delete(id);
      return null;
    }
    this.map.delete(id); // refresh recency
    this.map.set(id, s);
    return s;
  }

  set(id: string, state: Omit<ConversationState, 'updatedAt'>): void {
    this.map.delete(id);
    this.map.set(id, { ...state, updatedAt: this.now() });
    while (this.map.size > this.maxSessions) this.map.delete(this.map.keys().next().value!);
  }

  /** the state as kept, without refreshing or expiring it (to share it with other instances) */
  peek(id: string): ConversationState | null {
    return this.map.get(id) ?? null;
  }

  /** a state another instance saved, with its own time */
  restore(id: string, state: ConversationState): void {
    this.map.delete(id);
    this.map.set(id, state);
    while (this.map.size > this.maxSessions) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }
}
