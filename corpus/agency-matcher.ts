import type { Agency, AgencyMention } from './schema';
import { syllableDistance } from './edit-distance';
import { looksLikeAgencyName } from './agency-names';
import { fold } from './normalise';
import { tokenize, type Token } from './syllables';

/**
 * Resolves agency names as documents write them to canonical agencies.
 *
 * Method: a syllable-level alignment between the words of a mention and each known alias.
 * Substituting one syllable for another costs their weighted character edit distance (0..1,
 * with an OCR confusion model), a missing or extra syllable costs 1, and an all-capital
 * abbreviation matches the run of syllables whose initials it spells at no cost ("LĐTBXH" ↔
 * "Lao động – Thương binh và Xã hội", "TB" ↔ "Thương binh"). A mention resolves when its
 * best alias costs at most MAX_SCORE per syllable and beats every other agency by MARGIN syllables.
 * Lists ("Sở Tư pháp, Sở Tài chính"; "X và các tổ chức thành viên") are segmented by dynamic
 * programming over the same costs, with "và" as a free separator and request words
 * ("Đề nghị", "Giao", "Giám đốc") as skippable fillers.
 */
export const MAX_SCORE = 0.36;
/** The runner-up agency must cost at least this much more, in syllable units (not per syllable). */
export const MARGIN = 0.3;
const SEPARATORS = new Set(['va', 'cung']);
const FILLERS = [['de', 'nghi'], ['giao'], ['giam', 'doc'], ['thu', 'truong'], ['chu', 'tich']];
const UNMATCHED_TOKEN_COST = 1;
const COVER_GAIN = 0.8;
/** A word the alias does not have costs a little more than leaving the word out of the name. */
const EXTRA_WORD_COST = 1.2;

interface AliasEntry {
  agencyId: string;
  tokens: Token[];
  initials: string[];
  /** folded syllables of the agency's full name: what its abbreviations stand for */
  fullName: string[];
  /** a provincial name without its final "tỉnh": it ends in the province's own name ("Công an Cao Bằng") */
  placeTail?: boolean;
  /** commas inside the alias's own spelling (computed on first use) */
  commas?: number;
}

export interface MatcherOptions {
  /** Highest cost per syllable accepted (default MAX_SCORE; questions use a stricter value). */
  maxScore?: number;
  /** Cost of each syllable an abbreviation stands for (0: "LĐTBXH" is as good as the full name). */
  initialismCost?: number;
  /**
   * Real words: a known word is never read as a misspelling of another ("biến công" is not "biên
   * phòng"); only unknown tokens (typos) are matched fuzzily. Omitted for the scan, where any
   * syllable may be damaged.
   */
  known?: (folded: string) => boolean;
  /** Place names (folded) that qualify a name right after it: "Tỉnh đoàn Hà Tĩnh", "Báo Lào Cai" stays one name. */
  placeNames?: ReadonlySet<string>;
  /**
   * Cost of reading a known word as a different one (default 1). Accented documents use Infinity:
   * "Sở Nông nghiệp và Môi trường" is a different body from "Sở Tài nguyên và Môi trường", not a
   * misspelling of it, so a real word is never substituted at all.
   */
  knownWordCost?: number;
}

export interface SpanMatch {
  agencyId: string;
  /** Cost per syllable, 0 for an exact alias. */
  score: number;
  start: number; // token index (inclusive)
  end: number; // token index (exclusive)
}

export interface LooseMention {
  agencyId: string | null;
  text: string;
}

export interface Resolution {
  mentions: AgencyMention[];
  /** Index in the normalised text where the resolved prefix ends (prefix mode). */
  endOffset: number;
  /** Normalised text that was resolved against. */
  text: string;
}

export interface AgencyMatcher {
  agencies: ReadonlyMap<string, Agency>;
  /** Best single agency for the whole text, or null when none is close enough. */
  matchOne(text: string): SpanMatch | null;
  /** Every agency in a list that covers the whole text, or null if any part stays unresolved. */
  resolveList(text: string): AgencyMention[] | null;
  /** The agencies a text starts with ("Giao Sở LĐTBXH chủ trì…" → Sở LĐTBXH), or null. */
  resolvePrefix(text: string): Resolution | null;
  /**
   * A list that must be agencies (a table's lead cell, an item's head): the registered ones
   * resolved, and every other name kept as the document writes it (agencyId null), never dropped
   * and never read as a different body. Null when the text holds no name at all.
   */
  resolveLoose(text: string): LooseMention[] | null;
  /** Every agency named anywhere in a text, with the token span it covers. */
  findAll(text: string): Array<AgencyMention & { start: number; end: number; startChar: number; endChar: number }>;
}

/**
 * Split a run of unresolved tokens into names. A comma or "và" (marked -1) starts a new name only
 * when what follows reads like one ("…, Tỉnh đoàn", "… và Công an tỉnh", "… và các cơ sở…"):
 * official names carry commas and "và" themselves ("Sở Nông nghiệp và Môi trường", "Sở Văn hóa,
 * Thể thao và Du lịch"). A semicolon or a line break always separates. Request words and bare
 * punctuation are not names.
 */
function unregisteredPieces(text: string, tokens: Token[], run: number[]): LooseMention[] {
  const pieces: Array<{ start: number; end: number }> = [];
  let cur: { start: number; end: number } | null = null;
  let prevIndex = -2;
  let soft = false; // a "và" between the previous token and this one
  for (let k = 0; k < run.length; k++) {
    const idx = run[k]!;
    if (idx === -1) {
      soft = true;
      continue;
    }
    const t = tokens[idx]!;
    const between = prevIndex >= 0 ? text.slice(tokens[prevIndex]!.end, t.start) : '';
    const contiguous = prevIndex >= 0 && (idx === prevIndex + 1 || (soft && idx === prevIndex + 2));
    const hard = /[;|]/.test(between) || !contiguous;
    const boundary = soft || /,/.test(between);
    const rest = text.slice(t.start).split(/[,;|]/)[0]!;
    const startsName = looksLikeAgencyName(rest) || /^các\s/iu.test(rest);
    if (cur && !hard && (!boundary || !startsName)) cur.end = t.end;
    else {
      if (cur) pieces.push(cur);
      cur = { start: t.start, end: t.end };
    }
    soft = false;
    prevIndex = idx;
  }
  if (cur) pieces.push(cur);
  return pieces
    .map((p) => text.slice(p.start, p.end).replace(/^[\s,;.:–-]+|[\s,;.:–-]+$/g, ''))
    .filter((t) => /\p{L}/u.test(t) && !FILLER_TEXTS.has(fold(t)))
    .map((t) => ({ agencyId: null, text: t }));
}

const FILLER_TEXTS = new Set(['de nghi', 'giao', 'giam doc', 'thu truong', 'chu tich', 'va', 'cung', 'cac']);

function initialsOf(tokens: Token[]): string[] {
  return tokens.map((t) => t.folded[0] ?? '');
}

/**
 * Align mention tokens m[from..] against one alias; returns cost[i] = cost of aligning
 * m[from..from+i) with the whole alias, for every i up to maxLen.
 */
function alignAll(m: Token[], from: number, maxLen: number, alias: AliasEntry, initialismCost: number, sub: (a: string, b: string) => number): number[] {
  const a = alias.tokens;
  const n = a.length;
  const rows = Math.min(maxLen, m.length - from);
  // d[i][j]: cost of m[from..from+i) vs a[0..j)
  const d: number[][] = [];
  for (let i = 0; i <= rows; i++) d.push(new Array<number>(n + 1).fill(Infinity));
  d[0]![0] = 0;
  for (let j = 1; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= rows; i++) {
    const mi = m[from + i - 1]!;
    d[i]![0] = i * EXTRA_WORD_COST;
    for (let j = 1; j <= n; j++) {
      let best = Math.min(
        d[i - 1]![j - 1]! + sub(mi.folded, a[j - 1]!.folded),
        d[i - 1]![j]! + EXTRA_WORD_COST,
        d[i]![j - 1]! + 1,
      );
      // mention abbreviation spells the initials of k alias syllables
      if (mi.caps) {
        const k = mi.folded.length;
        if (k <= j && alias.initials.slice(j - k, j).join('') === mi.folded) best = Math.min(best, d[i - 1]![j - k]! + k * initialismCost);
      }
      // alias abbreviation spelled out by k mention syllables, which must be words of the agency's
      // full name ("Ủy ban nhân dân" for "UBND"), not any words with those initials
      const aj = a[j - 1]!;
      if (aj.caps) {
        const k = aj.folded.length;
        if (k <= i) {
          const words = m.slice(from + i - k, from + i).map((t) => t.folded);
          if (words.map((w) => w[0]).join('') === aj.folded && containsRun(alias.fullName, words)) {
            best = Math.min(best, d[i - k]![j - 1]! + k * initialismCost);
          }
        }
      }
      d[i]![j] = best;
    }
  }
  return d.map((row) => row[n]!);
}

function containsRun(haystack: string[], run: string[]): boolean {
  outer: for (let s = 0; s + run.length <= haystack.length; s++) {
    for (let k = 0; k < run.length; k++) if (syllableDistance(haystack[s + k]!, run[k]!) > 0.34) continue outer;
    return true;
  }
  return false;
}

/** Does token `t` plausibly align with alias token `a` (used to pin both ends of a span)? */
function anchors(t: Token, a: Token, alias: AliasEntry, atStart: boolean, sub: (a: string, b: string) => number): boolean {
  if (sub(t.folded, a.folded) <= 0.5) return true;
  if (t.caps) {
    const ini = alias.initials;
    const k = t.folded.length;
    return atStart ? ini.slice(0, k).join('') === t.folded : ini.slice(ini.length - k).join('') === t.folded;
  }
  if (a.caps) return atStart ? t.folded[0] === a.folded[0] : t.folded[0] === a.folded[a.folded.length - 1];
  return false;
}

/** A body named by its administrative unit: "UBND xã", "UBND đặc khu", "Ủy ban nhân dân phường". */
const UNIT_WORD = /(?:^|\s)(?:xa|phuong|dac khu|thi tran|huyen|thi xa)$/;

/** A short phrase that qualifies a name right after it ("Sở Y tế tỉnh Nghệ An", "… cấp tỉnh", "UBND các xã biên giới"); anything longer is the task. */
const QUALIFIER = /^(?:tinh|thanh pho|cap tinh|cap xa|cac cap|co lien quan|lien quan|tren dia ban|truc thuoc|thuoc|bien gioi|vung|ven bien|mien nui|khu vuc)(?:\s+[^\s,;]+){0,3}$/;

export function createAgencyMatcher(agencies: readonly Agency[], options: MatcherOptions = {}): AgencyMatcher {
  const maxScore = options.maxScore ?? MAX_SCORE;
  const initialismCost = options.initialismCost ?? 0;
  const known = options.known;
  const knownWordCost = options.knownWordCost ?? 1;
  // syllable pairs repeat across aliases and lines: each distance is computed once per matcher
  // (bounded, so a long-running service cannot grow it without limit)
  // two levels, no key strings to build: this runs in the innermost loop of every alignment
  const distances = new Map<string, Map<string, number>>();
  let stored = 0;
  const distance = (a: string, b: string) => {
    if (a === b) return 0;
    let row = distances.get(a);
    if (!row) distances.set(a, (row = new Map()));
    let d = row.get(b);
    if (d === undefined) {
      if (stored >= 500_000) {
        distances.clear();
        stored = 0;
        distances.set(a, (row = new Map()));
      }
      d = syllableDistance(a, b);
      row.set(b, d);
      stored++;
    }
    return d;
  };
  const sub = (a: string, b: string) => (a === b ? 0 : known && known(a) ? knownWordCost : distance(a, b));
  const byId = new Map(agencies.map((a) => [a.id, a] as const));
  const entries: AliasEntry[] = [];
  for (const agency of agencies) {
    const fullName = tokenize(agency.name).tokens.map((t) => t.folded);
    for (const name of new Set([agency.name, ...agency.aliases])) {
      const { tokens } = tokenize(name);
      if (tokens.length > 0) entries.push({ agencyId: agency.id, tokens, initials: initialsOf(tokens), fullName });
      // a provincial body is also written with the province's name or, in a municipality, "thành phố"
      // for "tỉnh": "Báo và Phát thanh, Truyền hình Cao Bằng", "Công an thành phố" (Hải Phòng)
      // (spelt-out names only: an abbreviation such as "TAND" would anchor on any word starting with its letter)
      if (tokens.length >= 3 && tokens[tokens.length - 1]!.folded === 'tinh' && agency.kind !== 'group' && !tokens.some((t) => t.caps)) {
        const head = tokens.slice(0, -1);
        const city = tokenize(`${name.slice(0, name.length - 'tỉnh'.length)}thành phố`).tokens;
        if (city.length === tokens.length + 1) entries.push({ agencyId: agency.id, tokens: city, initials: initialsOf(city), fullName });
        if (options.placeNames) {
          entries.push({ agencyId: agency.id, tokens: head, initials: initialsOf(head), fullName, placeTail: true });
          entries.push({ agencyId: agency.id, tokens, initials: initialsOf(tokens), fullName, placeTail: true }); // "Công an tỉnh Cao Bằng"
        }
      }
    }
  }
  // entries by their first syllable: a span can start only where the text's syllable is close to an
  // alias's first one, so each position compares with the ~200 distinct first syllables, not every alias
  const byFirst = new Map<string, number[]>();
  const capsFirst: number[] = [];
  entries.forEach((e, k) => {
    const f = e.tokens[0]!;
    if (f.caps) capsFirst.push(k);
    else (byFirst.get(f.folded) ?? byFirst.set(f.folded, []).get(f.folded)!).push(k);
  });
  /** the entries `anchors` lets start at this token, in entry order (ties between agencies go as they always did) */
  const startingAt = (first: Token): Iterable<AliasEntry> => {
    if (first.caps) return entries.filter((e) => anchors(first, e.tokens[0]!, e, true, sub));
    const picked = capsFirst.filter((k) => anchors(first, entries[k]!.tokens[0]!, entries[k]!, true, sub));
    for (const [f, ks] of byFirst) if (sub(first.folded, f) <= 0.5) picked.push(...ks);
    return picked.sort((a, b) => a - b).map((k) => entries[k]!);
  };
  const fillerEntries: AliasEntry[] = FILLERS.map((words) => {
    const { tokens } = tokenize(words.join(' '));
    return { agencyId: '', tokens, initials: initialsOf(tokens), fullName: [] };
  });

  /** How many tokens from `at` spell a place name (1–3 syllables), 0 if none. */
  function placeAfter(tokens: Token[], at: number, limit: number): number {
    const places = options.placeNames;
    if (!places) return 0;
    for (let n = Math.min(3, limit - at); n >= 1; n--) {
      const span = tokens.slice(at, at + n);
      if (places.has(span.map((t) => t.folded).join(' '))) return n;
    }
    return 0;
  }

  /** Best agency spans starting at token `from`: for each end, the best (score, agency) and the runner-up score from another agency. */
  function spansFrom(tokens: Token[], from: number): SpanMatch[] {
    const results: SpanMatch[] = [];
    const bestByEnd = new Map<number, { best: SpanMatch; second: number }>();
    const first = tokens[from]!;
    // a name never runs across ( ) : ; or a full stop
    let limit = 1;
    while (from + limit < tokens.length && !tokens[from + limit]!.breakBefore) limit++;
    for (const entry of startingAt(first)) {
      const maxLen = Math.min(entry.tokens.length + 3, limit);
      const costs = alignAll(tokens, from, maxLen, entry, initialismCost, sub);
      for (let len = 1; len < costs.length; len++) {
        const cost = costs[len]!;
        if (!Number.isFinite(cost)) continue;
        const last = tokens[from + len - 1]!;
        if (!anchors(last, entry.tokens[entry.tokens.length - 1]!, entry, false, sub)) continue;
        let end = from + len;
        // "Sở LĐ-TB&XH, Hội Bảo trợ …": a name runs across a comma only where its own spelling has one
        // ("Sở Văn hóa, Thể thao và Du lịch"); otherwise the comma is a list's seam
        let commas = 0;
        for (let k = from + 1; k < end; k++) if (tokens[k]!.commaBefore) commas++;
        if (commas > 0 && commas > (entry.commas ??= entry.tokens.filter((t) => t.commaBefore).length)) continue;
        if (entry.placeTail) {
          // the name must go on with a place name, capitalised, in the same clause
          const place = placeAfter(tokens, end, from + limit);
          if (place === 0 || cost > 0.5) continue; // only a name spelt out, then the place
          end += place;
        }
        const score = cost / Math.max(end - from, entry.tokens.length);
        const slot = bestByEnd.get(end);
        const match: SpanMatch = { agencyId: entry.agencyId, score, start: from, end };
        if (!slot) bestByEnd.set(end, { best: match, second: Infinity });
        else if (score < slot.best.score) {
          const second = slot.best.agencyId === entry.agencyId ? slot.second : slot.best.score;
          bestByEnd.set(end, { best: match, second });
        } else if (entry.agencyId !== slot.best.agencyId && score < slot.second) slot.second = score;
      }
    }
    for (const { best, second } of bestByEnd.values()) {
      // the margin is in syllables so long names are not held to a tighter per-syllable gap
      const span = best.end - best.start;
      if (best.score <= maxScore && (second - best.score) * span >= MARGIN) results.push(best);
    }
    return results;
  }

  function fillerSpans(tokens: Token[], from: number): number[] {
    const ends: number[] = [];
    for (const f of fillerEntries) {
      const n = f.tokens.length;
      if (from + n > tokens.length) continue;
      let cost = 0;
      for (let k = 0; k < n; k++) cost += distance(tokens[from + k]!.folded, f.tokens[k]!.folded);
      if (cost / n <= 0.34) ends.push(from + n);
    }
    return ends;
  }

  type Step = { kind: 'agency'; match: SpanMatch } | { kind: 'skip' } | { kind: 'junk' };

  /** Segment tokens[0..) into agencies, separators, fillers and (costly) junk; best[i] covers tokens[0..i). */
  function segment(tokens: Token[]) {
    const T = tokens.length;
    const best = new Array<number>(T + 1).fill(Infinity);
    const back = new Array<{ from: number; step: Step } | null>(T + 1).fill(null);
    const clean = new Array<boolean>(T + 1).fill(false); // reached without junk
    const agenciesSeen = new Array<number>(T + 1).fill(0);
    best[0] = 0;
    clean[0] = true;
    const relax = (from: number, to: number, cost: number, step: Step) => {
      const c = best[from]! + cost;
      const isClean = clean[from]! && step.kind !== 'junk';
      // prefer lower cost; on ties prefer clean paths
      if (c < best[to]! - 1e-9 || (Math.abs(c - best[to]!) <= 1e-9 && isClean && !clean[to])) {
        best[to] = c;
        back[to] = { from, step };
        clean[to] = isClean;
        agenciesSeen[to] = agenciesSeen[from]! + (step.kind === 'agency' ? 1 : 0);
      }
    };
    for (let i = 0; i < T; i++) {
      if (!Number.isFinite(best[i]!)) continue;
      const t = tokens[i]!;
      if (SEPARATORS.has(t.folded)) relax(i, i + 1, 0, { kind: 'skip' });
      for (const end of fillerSpans(tokens, i)) relax(i, end, 0.05, { kind: 'skip' });
      for (const match of spansFrom(tokens, i)) relax(i, match.end, match.score * (match.end - match.start), { kind: 'agency', match });
      relax(i, i + 1, UNMATCHED_TOKEN_COST, { kind: 'junk' });
    }
    return { best, back, clean, agenciesSeen };
  }

  function mentionsOf(text: string, tokens: Token[], back: ReturnType<typeof segment>['back'], end: number): AgencyMention[] {
    const out: AgencyMention[] = [];
    let i = end;
    while (i > 0) {
      const b = back[i]!;
      if (b.step.kind === 'agency') {
        const m = b.step.match;
        out.push({ agencyId: m.agencyId, text: text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end) });
      }
      i = b.from;
    }
    // one mention per agency: "Giám đốc các sở, ngành, thủ trưởng các cơ quan liên quan" is one group
    return out.reverse().filter((m, k, all) => all.findIndex((o) => o.agencyId === m.agencyId) === k);
  }

  const listCache = new Map<string, AgencyMention[] | null>();

  function findAllIn(input: string) {
    const { text, tokens } = tokenize(input);
    if (tokens.length === 0) return [];
    const seg = segment(tokens);
    const out: Array<AgencyMention & { start: number; end: number; startChar: number; endChar: number }> = [];
    let i = tokens.length;
    while (i > 0) {
      const b = seg.back[i]!;
      if (b.step.kind === 'agency') {
        const m = b.step.match;
        const startChar = tokens[m.start]!.start;
        const endChar = tokens[m.end - 1]!.end;
        out.push({ agencyId: m.agencyId, text: text.slice(startChar, endChar), start: m.start, end: m.end, startChar, endChar });
      }
      i = b.from;
    }
    return out.reverse();
  }

  return {
    agencies: byId,
    matchOne(text) {
      const { tokens } = tokenize(text);
      if (tokens.length === 0) return null;
      return spansFrom(tokens, 0).find((s) => s.end === tokens.length) ?? null;
    },
    resolveList(input) {
      const cached = listCache.get(input);
      if (cached !== undefined) return cached;
      const { text, tokens } = tokenize(input);
      let result: AgencyMention[] | null = null;
      if (tokens.length > 0) {
        const seg = segment(tokens);
        if (seg.clean[tokens.length] && seg.agenciesSeen[tokens.length]! > 0) result = mentionsOf(text, tokens, seg.back, tokens.length);
      }
      listCache.set(input, result);
      return result;
    },
    findAll: findAllIn,
    resolveLoose(input) {
      const { text, tokens } = tokenize(input);
      if (tokens.length === 0) return null;
      const seg = segment(tokens);
      // walk the best segmentation; runs of unresolved tokens become unregistered names
      const steps: Array<{ from: number; to: number; step: Step }> = [];
      for (let i = tokens.length; i > 0; ) {
        const b = seg.back[i]!;
        steps.unshift({ from: b.from, to: i, step: b.step });
        i = b.from;
      }
      const out: LooseMention[] = [];
      let run: number[] = [];
      let lastAgency: { end: number; index: number } | null = null;
      const flush = () => {
        if (run.length === 0) return;
        const pieces = unregisteredPieces(text, tokens, run);
        // "Sở Y tế tỉnh Nghệ An", "Các sở, ban, ngành cấp tỉnh": lower-case words right after a name qualify it
        const first = run[0]!;
        const firstTok = tokens[first];
        // a centrally-run city writes its own level with a capital ("Các sở, ban, ngành Thành phố", "Liên đoàn
        // Lao động Thành phố"), where a province writes "tỉnh": it qualifies the name the same way
        const cityLevel = pieces.length > 0 && /^Thành phố(?:\s|$)/u.test(pieces[0]!.text) && QUALIFIER.test(fold(pieces[0]!.text));
        const qualifies = pieces.length > 0 && firstTok !== undefined && ((/^\p{Ll}/u.test(text.slice(firstTok.start, firstTok.end)) && QUALIFIER.test(fold(pieces[0]!.text))) || cityLevel || (options.placeNames?.has(fold(pieces[0]!.text)) ?? false));
        const glued = lastAgency && first === lastAgency.end && firstTok && !/[,;|]/.test(text.slice(tokens[first - 1]!.end, firstTok.start));
        // "UBND đặc khu Côn Đảo", "UBND xã Mường Nhé": a capitalised name right after a body named by its
        // unit (xã, phường, đặc khu…) is that one unit's name. It is then that unit, not the group
        // "UBND các xã, phường": kept in the document's words, unregistered
        const prevText = lastAgency ? out[lastAgency.index]!.text : '';
        const unitName = glued && pieces.length > 0 && UNIT_WORD.test(fold(prevText)) && !/\bcac\b/.test(fold(prevText)) && /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}$/u.test(pieces[0]!.text);
        if (glued && (qualifies || unitName)) {
          const prev = out[lastAgency!.index]!;
          const head = pieces.shift()!;
          prev.text = `${prev.text} ${head.text}`;
          if (unitName && byId.get(prev.agencyId ?? '')?.kind === 'group') prev.agencyId = null;
        }
        out.push(...pieces);
        run = [];
      };
      for (const s of steps) {
        if (s.step.kind === 'agency') {
          flush();
          const m = s.step.match;
          out.push({ agencyId: m.agencyId, text: text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end) });
          lastAgency = { end: m.end, index: out.length - 1 };
        } else if (s.step.kind === 'junk') run.push(s.from);
        else if (run.length > 0 && SEPARATORS.has(tokens[s.from]!.folded)) {
          // "và" splits a run of names, except before a lower-case word: a list item starts with a capital,
          // so "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh" is one name
          const next = tokens[s.to];
          if (next && /^\p{Ll}/u.test(text.slice(next.start, next.end)) && next.folded !== 'cac') for (let k = s.from; k < s.to; k++) run.push(k);
          else run.push(-1);
        }
        else if (run.length > 0) for (let k = s.from; k < s.to; k++) run.push(k); // a request word inside a name ("Tôn giáo") is part of it
        else flush();
      }
      flush();
      const unique = out.filter((m, k) => out.findIndex((o) => (o.agencyId ?? `?${fold(o.text)}`) === (m.agencyId ?? `?${fold(m.text)}`)) === k);
      return unique.length > 0 ? unique : null;
    },
    resolvePrefix(input) {
      const { text, tokens } = tokenize(input);
      if (tokens.length === 0) return null;
      const seg = segment(tokens);
      // Choose the prefix end that best trades coverage for cost: each syllable covered earns
      // COVER_GAIN, so absorbing a following word ("… Xã hội tổng hợp") at cost 1 does not pay.
      let bestEnd = -1;
      let bestValue = -Infinity;
      for (let end = 1; end <= tokens.length; end++) {
        if (!seg.clean[end] || seg.agenciesSeen[end]! === 0) continue;
        if (seg.back[end]!.step.kind !== 'agency') continue; // a prefix ends on an agency, not on "và"
        const value = COVER_GAIN * end - seg.best[end]!;
        if (value > bestValue + 1e-9) {
          bestValue = value;
          bestEnd = end;
        }
      }
      if (bestEnd < 0) return null;
      return { mentions: mentionsOf(text, tokens, seg.back, bestEnd), endOffset: tokens[bestEnd - 1]!.end, text };
    },
  };
}

