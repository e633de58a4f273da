import { createAgencyMatcher, type AgencyMatcher } from '../corpus/agency-matcher';
import { PROVINCE_MERGES } from '../corpus/data/reorganisation-2025';
import { fold } from '../corpus/normalise';
import type { Agency } from '../corpus/schema';
import { createPhraseMatcher, type KnownWords, type PhraseEntry, type PhraseMatch, type PhraseMatcher } from './phrase-matcher';
import { speakerPreface } from './speaker-preface';
import { analyse, isEnglish, type Analysed } from './text-analysis';
import { QUERY_AGENCY_ALIASES } from './thesaurus/agency-aliases';
import { FACT_PHRASES, INTENT_PHRASES, NOW_PHRASES, type FactKind, type Intent } from './thesaurus/intents';
import { PROVINCES_2025, PROVINCES_BEFORE_2025, PROVINCE_VARIANTS } from './thesaurus/provinces';
import { STOP, STOP_VI, isStop } from './thesaurus/stop-words';
import { TOPICS } from './thesaurus/topics';

/**
 * Question understanding: provinces (accented, folded, abbreviations, 2025 names), intent, the
 * plan fact asked for, agencies named, topics, recommendation numbers, and the content words left
 * for retrieval once question words and place names are taken out.
 */
export type QuestionIntent = Intent | 'plan-facts' | 'search';

export interface ProvinceRef {
  /** As the user named it (canonical spelling of that province). */
  named: string;
  /** The plan provinces that answer for it: itself, or the former provinces merged into it in 2025. */
  planProvinces: string[];
  /** 2025 reorganisation facts relevant to it. */
  merge: { former: string; now: string; effective: string; basis: string; source: string } | null;
}

export interface Understanding {
  text: string;
  english: boolean;
  provinces: ProvinceRef[];
  intent: QuestionIntent;
  /** Secondary intents detected (e.g. who-leads and when). */
  intents: Intent[];
  factKind: FactKind | null;
  agencies: string[];
  topics: string[];
  recommendations: number[];
  /** Folded content syllables for retrieval (no question words, no province names). */
  content: string[];
  /** The same content as typed (diacritics kept), for the accented index terms. */
  contentText: string;
  /** The question is elliptic: no topic, no agency, no content words of its own ("Ai phối hợp?"). */
  elliptic: boolean;
  /** Asks for a quantity ("bao nhiêu phần trăm", "how many"): the plans set no figures. */
  quantity: boolean;
  /**
   * Asks for a detail plans of this genre do not carry: a sum of money ("mức phạt", "bao nhiêu tỷ
   * đồng") or a phone number other than the national hotline. Answered only when a plan's text has one.
   */
  detail: 'money' | 'phone' | 'construction' | null;
  /** Asks to count what the records hold ("có bao nhiêu nhiệm vụ", "mấy cơ quan"): an answer, not a figure the plan lacks. */
  count: 'tasks' | 'agencies' | null;
  /** Asks what a body (or a province) became in the 2025 reorganisation ("Sở LĐTBXH giờ là sở nào?"). */
  asksSuccessor: boolean;
  /** Speaks of a 2025 change at all, also inside a task question ("… Sở TT&TT phối hợp; giờ sở đó nhập vào đâu?"): the named bodies' notes are given in full. */
  mentionsSuccessor: boolean;
  /** A yes/no question whether the plan has something ("Kế hoạch có giao … không?"): answered only by a task that has most of its words. */
  existence: boolean;
  /** Asks across provinces ("các tỉnh khác", "4 tỉnh", "tất cả các tỉnh", "other provinces"): a follow-up does not keep the last province. */
  acrossProvinces: boolean;
  /** Every content word is unknown to the plans and the thesaurus, and nothing else was understood ("asdfgh ??? 123"). */
  unintelligible: boolean;
}

/** "các tỉnh khác", "4 tỉnh", "tất cả các tỉnh", "toàn quốc", "other provinces": across provinces, none in particular */
const ACROSS = /\b(?:(?:cac|nhung|moi|tat ca(?: cac)?|ca|\d+) tinh(?: thanh)?(?: khac)?(?! (?:duc|huong|trang|hinh|cam|yeu|nguyen|than|chat|thuong|nang|ban|tiet))|tinh(?: thanh)? khac|dia phuong khac|noi khac|toan quoc|ca nuoc|other provinces?|all (?:the )?provinces|every province|each province|elsewhere)\b/;

/** "bao nhiêu nhiệm vụ", "mấy cơ quan", "how many tasks": counting records */
const COUNT_TASKS = /\b(?:bao nhieu|may|how many)\s+(?:(?:nhom|loai)\s+)?(?:dau viec|nhiem vu|cong viec|viec|hoat dong|muc|noi dung|tasks?|activities|actions)\b/;
/** Building or investing in a facility ("xây bệnh viện nhi mới", "làm lại đường", "build a new hospital"): the plans assign tasks, they rarely fund works. */
const CONSTRUCTION = /\b(?:chu dau tu|khoi cong|xay (?:moi |them |lai )?(?:benh vien|truong hoc|truong|duong|trung tam|nha|cau|cong trinh|diem truong)|(?:lam|mo) (?:lai |moi |them )?(?:duong|benh vien)|benh vien (?:nhi )?moi|(?:build|open|construct)\w*\b.{0,30}\b(?:hospital|clinic|road)s?|new\b.{0,15}\b(?:hospital|clinic|road)s?)\b/;
const COUNT_AGENCIES = /\b(?:bao nhieu|may|how many)\s+(?:co quan|don vi|so nganh|so|nganh|agencies|bodies|departments)\b/;
/** what a body became: "giờ là sở nào", "còn không", "ai làm thay", "sáp nhập vào đâu", "now called" */
const SUCCESSOR = /\b(?:gio la|bay gio la|nay la|hien nay la|gio thuoc|nay thuoc|con khong|con ton tai|khong con|ai lam thay|lam thay|thay the|doi thanh|doi ten|sap nhap vao|sap nhap roi|nhap vao|gop vao|bi gop|hop nhat vao|hop nhat voi|chuyen ve|chuyen sang|chuyen di roi|giai the|gio hoi so nao|gio hoi ai|gio thuoc (?:bo|so) nao|what became|now called|replaced by|merged into|still exists?|taken over by|took over)\b/;
/** the words of those phrases: a question with more than these (and the body's name) asks about a task */
const SUCCESSOR_WORDS = new Set(['cap', 'huyen', 'thi', 'giao', 'cho', 'may', 'vay', 'ad', 'ma', 'nghe', 'noi', 'ghi', 'ke', 'hoach', 'chu', 'tri', 'truoc', 'mang', 'lo', 'linh', 'vuc', 'cong', 'tac', 'phan', 'viec', 'gio', 'bay', 'nay', 'hien', 'thuoc', 'con', 'ton', 'tai', 'khong', 'lam', 'thay', 'the', 'doi', 'thanh', 'ten', 'sap', 'nhap', 'vao', 'gop', 'hop', 'nhat', 'chuyen', 've', 'sang', 'giai', 'roi', 'dau', 'nao', 'bi', 'so', 'tinh', 'co', 'quan', 'gi', 'ai', 'became', 'now', 'called', 'replaced', 'merged', 'into', 'still', 'exist', 'exists', 'taken', 'over', 'took']);
/** "giảm tỷ lệ tử vong", "nâng tỷ lệ tiêm chủng": a task's aim, not a question about a figure */
const RATE_TASK = /\b(?:giam|tang|nang|nang cao|ha|ha thap|duy tri|dat|cai thien)\s+ty le\b/;

export interface QuestionUnderstander {
  understand(question: string): Understanding;
}

// words that only say "the plan" ("kế hoạch thực hiện khuyến nghị quyền trẻ em", "child rights plan")
const PLAN_WORDS = new Set(['implementation', 'implement', 'implements', 'implementing', 'carry', 'out', 'prime', 'minister', 'minister s', 'decision',
  'issued', 'issue', 'under', 'number', 'whole', 'phe', 'duyet', 'thu', 'tuong', 'chinh', 'phu', 'quyet', 'dinh', 'nham', 'kh', 'qd', 'ubnd', 'van', 'thuc', 'hien', 'khuyen', 'nghi', 'quyen', 'uy', 'ban', 'lien', 'hop', 'quoc', 'rights', 'right', 'un', 'recommendations', 'recommendation', 'nay', 'chung', 'trien', 'khai', 'bay', 'gio', 'lam', 'coordinates', 'coordinate', 'overall', 'whole']);
// words of the fact phrases themselves, left in the content when a longer phrase took the span
const FACT_WORDS = new Set(['kinh', 'phi', 'lay', 'tu', 'dau', 'nguon', 'von', 'tien', 'muc', 'dich', 'tieu', 'yeu', 'cau', 'han', 'bao', 'cao',
  'ngay', 'thang', 'nam', 'so', 'may', 'giai', 'doan', 'ban', 'hanh', 'ky', 'gui', 've', 'qua', 'dau', 'moi', 'nao', 'thuc', 'hien', 'dinh']);
// "trẻ em" / "child" is in almost every task: it carries no topic
const CHILD_WORDS = new Set(['tre', 'em', 'child', 'children', 'kid', 'kids']);

// "qn", "sl", "hcm": the capital short forms of provinces.json, typed in lower case
const ABBREVIATIONS: Record<string, string> = Object.fromEntries(
  Object.entries(PROVINCE_VARIANTS).flatMap(([p, vs]) => vs.filter((v) => /^[\p{Lu} ]{2,6}$/u.test(v)).map((v) => [fold(v).replace(/\s+/g, ''), p] as const)),
);

function provinceEntries(): PhraseEntry[] {
  const out: PhraseEntry[] = [];
  for (const p of PROVINCES_BEFORE_2025) {
    out.push({ id: `province:${p}`, phrase: p, lang: 'vi' });
    for (const v of PROVINCE_VARIANTS[p] ?? []) if (!/^\p{Lu}{2,3}$/u.test(v)) out.push({ id: `province:${p}`, phrase: v, lang: 'vi' });
  }
  return out;
}

function phraseEntries(): PhraseEntry[] {
  const out: PhraseEntry[] = provinceEntries();
  for (const [intent, { vi, en }] of Object.entries(INTENT_PHRASES)) {
    for (const p of vi) out.push({ id: `intent:${intent}`, phrase: p, lang: 'vi' });
    for (const p of en) out.push({ id: `intent:${intent}`, phrase: p, lang: 'en' });
  }
  for (const [kind, { vi, en }] of Object.entries(FACT_PHRASES)) {
    for (const p of vi) out.push({ id: `fact:${kind}`, phrase: p, lang: 'vi' });
    for (const p of en) out.push({ id: `fact:${kind}`, phrase: p, lang: 'en' });
  }
  for (const p of NOW_PHRASES.vi) out.push({ id: 'now:', phrase: p, lang: 'vi' });
  for (const p of NOW_PHRASES.en) out.push({ id: 'now:', phrase: p, lang: 'en' });
  for (const t of TOPICS) {
    for (const p of t.vi) out.push({ id: `topic:${t.id}`, phrase: p, lang: 'vi' });
    for (const p of t.en) out.push({ id: `topic:${t.id}`, phrase: p, lang: 'en' });
  }
  return out;
}

export function queryAgencies(agencies: readonly Agency[]): Agency[] {
  return agencies.map((a) => ({ ...a, aliases: [...a.aliases, ...(QUERY_AGENCY_ALIASES[a.id] ?? [])] }));
}

function provinceRef(named: string, planProvinces: ReadonlySet<string>, mergedPlans: ReadonlySet<string>): ProvinceRef {
  const formers = PROVINCE_MERGES.filter((m) => m.now === named && m.former !== named);
  const asFormer = PROVINCE_MERGES.find((m) => m.former === named) ?? null;
  // a former province (Kon Tum) whose new province has a plan issued after the merger: that plan covers it
  if (asFormer && !planProvinces.has(named) && mergedPlans.has(asFormer.now)) return { named, planProvinces: [asFormer.now], merge: asFormer };
  if (planProvinces.has(named)) {
    return { named, planProvinces: [named], merge: formers.find((m) => !planProvinces.has(m.former)) ?? null };
  }
  const viaMerge = formers.filter((m) => planProvinces.has(m.former)).map((m) => m.former);
  if (viaMerge.length > 0) return { named, planProvinces: viaMerge, merge: formers.find((m) => planProvinces.has(m.former)) ?? null };
  return { named, planProvinces: [], merge: asFormer };
}

const BROADER = new Map(TOPICS.map((t) => [t.id, t.broader ?? []] as const));
const BROAD = new Set(TOPICS.filter((t) => t.broad).map((t) => t.id));

/**
 * `mergedPlans`: provinces with a plan issued after the 2025 merger, which therefore covers the former
 * provinces merged into them.
 */
/**
 * Particles of spoken Vietnamese that frame a question and say nothing of its subject: "thế còn Sơn
 * La?", "so sánh với các tỉnh khác xem", "vậy đấy". Matched as typed ("thế" only with its tone: a plain
 * "the" may be "thẻ BHYT").
 */
const DISCOURSE = new Set(['thế', 'xem', 'đấy', 'ấy', 'hả', 'nhá', 'nhờ']);

export function createUnderstander(agencies: readonly Agency[], planProvinces: readonly string[], known: KnownWords = () => false, mergedPlans: ReadonlySet<string> = new Set()): QuestionUnderstander {
  const phrases: PhraseMatcher = createPhraseMatcher(phraseEntries(), known);
  // questions get a stricter matcher than the scan: "ở Lâm Đồng" must not read as "Sở Lao động"
  const agencyMatcher: AgencyMatcher = createAgencyMatcher(queryAgencies(agencies), { maxScore: 0.2, initialismCost: 0.15, known });
  const provinceNamesFolded = [...PROVINCES_BEFORE_2025, ...PROVINCES_2025.map((p) => p.name)].map((p) => fold(p));
  const provinceInName = new Set(agencies.filter((ag) => provinceNamesFolded.some((p) => ` ${fold(ag.name)} `.includes(` ${p} `))).map((ag) => ag.id));
  const plans = new Set(planProvinces);

  return {
    understand(question) {
      const a: Analysed = analyse(question);
      const english = isEnglish(a);
      // "Tổng đài 111 cần tra giúp: …": the asker's own service is not the question's topic
      const preface = speakerPreface(a);
      const matches: PhraseMatch[] = phrases.match(a, { english, fuzzy: true }).filter((m) => m.start >= preface);
      const taken = new Array<boolean>(a.folded.length).fill(false);
      const mark = (s: number, e: number) => { for (let k = s; k < e; k++) taken[k] = true; };
      mark(0, preface);

      // provinces, including capitalised abbreviations ("QN", "SL")
      const provinceNames: string[] = [];
      for (const m of matches) if (m.id.startsWith('province:')) { provinceNames.push(m.id.slice(9)); mark(m.start, m.end); }
      a.tokens.forEach((t, i) => {
        const p = ABBREVIATIONS[t.folded];
        if (p && (t.caps || t.folded.length > 2) && !taken[i]) { provinceNames.push(p); taken[i] = true; }
      });

      // agencies named (user aliases included); a topic phrase that contains the words wins
      const topicSpans = matches.filter((m) => m.id.startsWith('topic:'));
      // province names are masked with a break so no agency name can run into them ("Mặt trận Tổ quốc | Bình Thuận")
      let masked = a.text;
      a.tokens.forEach((t, i) => {
        // same length, and not spaces (normalisation would collapse them and shift the offsets)
        if (taken[i]) masked = `${masked.slice(0, t.start)}${';'.repeat(t.end - t.start)}${masked.slice(t.end)}`;
      });
      const tokenAt = (char: number) => a.tokens.findIndex((t) => t.start <= char && char < t.end);
      // a body whose own name holds a province ("Làng trẻ em SOS Thái Nguyên", "Báo Lào Cai") is found in the unmasked text
      const withProvince = agencyMatcher
        .findAll(a.text)
        .filter((h) => provinceInName.has(h.agencyId))
        .map((h) => ({ ...h, start: tokenAt(h.startChar), end: tokenAt(h.endChar - 1) + 1 }));
      const agencyHits = [
        ...withProvince,
        ...agencyMatcher
          .findAll(masked)
          .map((h) => ({ ...h, start: tokenAt(h.startChar), end: tokenAt(h.endChar - 1) + 1 }))
          .filter((h) => !withProvince.some((w) => w.start < h.end + 0 && h.start < w.end)),
      ]
        .filter((h) => h.start >= 0 && h.end > h.start)
        .filter((h) => !topicSpans.some((t) => t.start <= h.start && t.end >= h.end && t.end - t.start > h.end - h.start));
      // "xã phường báo cáo về Sở Y tế", "Sở Y tế báo cáo lên UBND tỉnh": the body reported to is not the one asked about
      const RECIPIENT_BEFORE = new Set(['ve', 'len', 'toi', 'gui', 'to']);
      const isRecipient = (h: { start: number }) => [a.tokens[h.start - 1]?.folded, a.tokens[h.start - 2]?.folded].some((w) => w !== undefined && RECIPIENT_BEFORE.has(w));
      // "chăm sóc trẻ tại Trung tâm Bảo trợ xã hội": a body named as the place of the work is not the one asked about
      // … and so is one named where or for whom it is done: "bố trí công chức ở xã, phường", "cán bộ cho phường, xã" ("giao cho Sở Y tế" names the actor)
      const isPlace = (h: { start: number }) => {
        const prev = a.tokens[h.start - 1]?.folded;
        return prev === 'tai' || prev === 'o' || (prev === 'cho' && a.tokens[h.start - 2]?.folded !== 'giao');
      };
      const named = agencyHits.filter((h) => !isPlace(h));
      const actors = named.filter((h) => !isRecipient(h));
      // a body named only as the one reported to is a word of the task ("gửi báo cáo về UBND tỉnh"), not its lead
      const agencyIds = [...new Set(actors.map((h) => h.agencyId))];
      for (const h of agencyHits) if (!isRecipient(h) || actors.length > 0) mark(h.start, h.end);
      // "so sánh với các tỉnh khác": the phrase chooses the provinces; its words ("khác") are not the task's
      let across = ACROSS.exec(a.folded.join(' '));
      if (across) {
        const first = a.folded.join(' ').slice(0, across.index).split(' ').length - 1;
        const span = across[0].split(' ').length;
        // typed with diacritics, "tinh" must be "tỉnh" ("các tình huống" is not about provinces)
        const wrong = a.folded.slice(first, first + span).some((w, k) => w === 'tinh' && a.hasDiacritic[first + k] && fold(a.accented[first + k]!) === 'tinh' && a.accented[first + k]!.toLowerCase() !== 'tỉnh');
        if (wrong) across = null;
        else mark(first, first + span);
      }

      const intents = new Set<Intent>();
      const facts = new Set<FactKind>();
      // the words of the fact phrases found ("tóm tắt", "tên là gì"): not a subject of their own
      const factPhraseWords = new Set<string>();
      const topics = new Set<string>();
      for (const m of matches) {
        if (m.id.startsWith('province:')) continue;
        const overlapsAgency = agencyHits.some((h) => h.start < m.end && m.start < h.end);
        if (m.id.startsWith('intent:')) { intents.add(m.id.slice(7) as Intent); mark(m.start, m.end); }
        else if (m.id === 'now:') mark(m.start, m.end); // "sau sắp xếp", "bây giờ": asks for today's agency, answered by the 2025 notes
        else if (m.id.startsWith('fact:')) { facts.add(m.id.slice(5) as FactKind); for (const w of a.folded.slice(m.start, m.end)) factPhraseWords.add(w); }
        else if (m.id.startsWith('topic:') && !overlapsAgency) {
          const id = m.id.slice(6);
          topics.add(id);
          for (const b of BROADER.get(id) ?? []) topics.add(b);
        }
      }

      // recommendation numbers: "khuyến nghị số 55", "recommendation 71", "KN 22"
      const recommendations: number[] = [];
      const f = fold(a.text);
      for (const m of f.matchAll(/(?:khuyen nghi|kien nghi|recommendations?|\bkn)\s*(?:so|number|no\.?|#)?\s*(\d{1,3}(?:\s*(?:,|va|and|&)\s*\d{1,3})*)/g)) {
        for (const n of m[1]!.matchAll(/\d+/g)) recommendations.push(Number(n[0]));
      }
      if (recommendations.length > 0) intents.add('recommendation');

      const stop = english ? STOP : STOP_VI;
      // numbers are dropped, except years ("năm 2027"), which tasks do mention
      // a stop syllable typed plainly inside a pair the plans write as content ("tai lieu") is content
      const inContentPair = (i: number) => (a.folded[i + 1] !== undefined && known(`${a.folded[i]} ${a.folded[i + 1]}`)) || (i > 0 && known(`${a.folded[i - 1]} ${a.folded[i]}`));
      const keep = a.folded.map((t, i) => !taken[i] && !DISCOURSE.has(a.accented[i]!) && (!isStop(stop, t, a.accented[i]!, a.hasDiacritic[i]!) || (!english && !a.hasDiacritic[i] && inContentPair(i))) && !CHILD_WORDS.has(t) && (!/^\d+$/.test(t) || /^(19|20)\d\d$/.test(t)));
      const content = a.folded.filter((_, i) => keep[i]);
      const contentText = a.tokens.filter((_, i) => keep[i]).map((t) => a.text.slice(t.start, t.end)).join(' ');
      const elliptic = topics.size === 0 && agencyIds.length === 0 && content.length === 0 && recommendations.length === 0;
      const unintelligible = !english && !elliptic && topics.size === 0 && agencyIds.length === 0 && recommendations.length === 0 && intents.size === 0 && facts.size === 0 && provinceNames.length === 0 && content.every((w) => !known(w) && !/^(19|20)\d\d$/.test(w));

      // Which intent wins.
      let intent: QuestionIntent = 'search';
      let factKind: FactKind | null = null;
      const hasTask = [...topics].some((t) => !BROAD.has(t));
      // "khi nào các xã phải bố trí xong công chức phụ trách trẻ em?": asked when, and "phụ trách" names the
      // post, not a question who leads; a who-question word ("ai", "cơ quan nào") makes it one
      const asksWhen = /\b(?:bao gio|khi nao|luc nao|han chot|han cuoi|thoi han|ngay nao|thang nao|nam nao|when|deadline)\b/.test(f);
      const asksWho = /\b(?:ai|co quan nao|don vi nao|so nao|ben nao|nganh nao|who|which (?:agency|body|department))\b/.test(f);
      if (intents.has('when') && intents.has('who-leads') && asksWhen && !asksWho) intents.delete('who-leads');
      const leads = intents.has('who-leads');
      if (recommendations.length > 0) intent = 'recommendation';
      else if (facts.size > 0 && !(agencyIds.length > 0 && intents.has('agency-tasks'))) {
        // words beyond the plan's own (a stop syllable kept as content, "ban hành", is not one; "tổng hợp dự toán", "trường dân tộc nội trú") make it a task question
        const subject = [...topics].some((t) => t !== 'nguon-luc-ngan-sach') || content.some((w) => !PLAN_WORDS.has(w) && !FACT_WORDS.has(w) && !factPhraseWords.has(w) && !STOP_VI.has(w) && !/^\d+$/.test(w));
        const asksWho = leads || intents.has('who-coordinates');
        factKind = pickFact(facts, subject, asksWho, hasTask);
        // "Sở Y tế tổng hợp báo cáo … hạn chót là ngày nào?": the asker names the focal body and asks when, not who it is
        if (factKind === 'focal' && asksWhen && !asksWho && agencyIds.length > 0) factKind = /\bbao cao\b/.test(f) ? 'report' : null;
        // "xã, phường báo cáo về Sở Y tế trước ngày nào?": a named body's own reporting duty is one of its tasks
        // "… gửi cho ai?" asks the recipient, not who does it
        const asksRecipient = /\b(?:gui (?:cho |len |ve )?ai|bao cao (?:cho |len )?ai|cho ai|gui ve dau|gui di dau)\b/.test(f);
        if (factKind === 'report' && agencyIds.length > 0 && (!asksWho || asksRecipient) && (intents.has('when') || /\b(ngay nao|ngay may|khi nao|bao gio|han chot|han cuoi|thoi han|when|by what date|deadline)\b/.test(f))) {
          factKind = null;
          intents.add('when');
        }
        intent = factKind ? 'plan-facts' : 'search';
        if (!factKind && facts.has('period')) intents.add('when');
        // the reporting phrase of a task question ("Sở Y tế tổng hợp báo cáo … hạn chót") names the task: a body's own reporting duty
        if (!factKind && (facts.has('report') || facts.has('focal')) && /\bbao cao\b/.test(f)) topics.add('bao-cao-ket-qua');
      }
      if (intent === 'search') {
        if (intents.has('who-coordinates') && !intents.has('agency-tasks')) intent = 'who-coordinates';
        else if (intents.has('when') && !leads) intent = 'when';
        else if (agencyIds.length > 0 && (intents.has('agency-tasks') || (!hasTask && content.length <= 1))) intent = 'agency-tasks';
        else if (leads || hasTask || agencyIds.length > 0 || content.length > 0) intent = 'who-leads';
        else if (intents.has('when')) intent = 'when';
        else if (intents.has('help')) intent = 'help';
        else if (intents.has('greeting')) intent = 'greeting';
      }
      // "Sở nào chủ trì kế hoạch …?", "Who coordinates the child rights plan?": the plan's focal agency
      const aboutPlan = /\b(ke hoach|plan|khuyen nghi|recommendations?)\b/.test(f);
      if ((intent === 'who-leads' || intent === 'who-coordinates') && aboutPlan && !hasTask && agencyIds.length === 0 && content.every((w) => PLAN_WORDS.has(w))) {
        intent = 'plan-facts';
        factKind = 'focal';
      }
      if (intent === 'who-leads' && intents.has('compare')) intent = 'compare';
      if (intent === 'search' && intents.has('compare')) intent = 'compare';

      const seen = new Set<string>();
      const provinces = provinceNames.filter((p) => !seen.has(p) && seen.add(p)).map((p) => provinceRef(p, plans, mergedPlans));
      return {
        text: a.text,
        english,
        provinces,
        intent,
        intents: [...intents],
        factKind,
        agencies: agencyIds,
        topics: [...topics],
        recommendations: [...new Set(recommendations)],
        content,
        contentText,
        elliptic,
        quantity:
          /\b(target (?:number|figure)s?|numerical targets?|quantified targets?)\b/.test(f) ||
          factKind !== 'number' &&
          !COUNT_TASKS.test(f) &&
          !COUNT_AGENCIES.test(f) &&
          (/\b(bao nhieu|may phan tram|phan tram|how many|how much|what percentage|percent)\b/.test(f) || (/\bty le\b/.test(f) && !RATE_TASK.test(f) && !leads && !intents.has('who-coordinates'))),
        // "mấy việc giao cho UBND huyện thì giờ ai làm?" asks who does them now, not how many
        count: SUCCESSOR.test(f) && /\b(?:ai lam|ai dam nhan|ai phu trach|ai lo|who does|who now)\b/.test(f) ? null : COUNT_TASKS.test(f) ? 'tasks' : COUNT_AGENCIES.test(f) ? 'agencies' : null,
        // "Sở KH&ĐT được giao gì? Sở đó giờ nhập vào đâu?" asks for the tasks too: answered with the note
        acrossProvinces: across !== null && provinceNames.length === 0,
        existence: !english && /\bco\b.+\bkhong\b\s*(?:[?.!,]|$)/.test(f) && !/\bco (?:phai|dung|can|duoc|nen|bat buoc)\b/.test(f),
        unintelligible,
        mentionsSuccessor: SUCCESSOR.test(f),
        asksSuccessor: SUCCESSOR.test(f) && !hasTask && !intents.has('agency-tasks') && content.filter((w) => !SUCCESSOR_WORDS.has(w)).length <= 1,
        detail: /\b(muc phat|phat tien|muc ho tro|muc tro cap|bao nhieu tien|ty dong|trieu dong|so tien|how much money|how much (?:budget|funding)|what budget|set aside|fines?|amount of money)\b/.test(f)
          ? 'money'
          : /\b(so dien thoai|dien thoai cua|sdt|phone number|telephone number|contact number)\b/.test(f) && !/\b111\b/.test(f)
            ? 'phone'
            : CONSTRUCTION.test(f)
              ? 'construction'
              : null,
      };
    },
  };
}

/**
 * The fact kind that best explains the phrases seen, or null when the question is about a task
 * (it has a subject of its own) or asks "who" about something other than the plan's channel.
 */
function pickFact(facts: Set<FactKind>, subject: boolean, asksWho: boolean, specificTask: boolean): FactKind | null {
  // "báo cáo … trước ngày nào" asks for the report deadline, not the plan's date
  const order: FactKind[] = facts.has('report')
    ? ['effect', 'executors', 'number', 'report', 'signer', 'implements', 'focal', 'date', 'funding', 'purpose', 'period', 'overview']
    : ['effect', 'executors', 'number', 'date', 'signer', 'implements', 'focal', 'report', 'funding', 'purpose', 'period', 'overview'];
  for (const k of order) {
    if (!facts.has(k)) continue;
    // "kinh phí" inside a task question ("sở nào tổng hợp dự toán kinh phí") is the task, not the plan's funding; "đầu mối" of a named task is its lead
    if (subject && (k === 'funding' || k === 'purpose' || k === 'period' || k === 'overview' || k === 'implements' || k === 'date')) continue;
    if (specificTask && k === 'focal') continue;
    if (asksWho && !(k === 'focal' || k === 'report' || k === 'signer' || k === 'executors')) continue;
    return k;
  }
  return null;
}
