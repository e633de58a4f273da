import { fold, normaliseText } from '../../corpus/normalise';
import type { ParsedPlan } from '../../corpus/schema';
import { informativeWords, search, type SearchHit } from '../../retrieval/search';
import { TOPICS } from '../../retrieval/thesaurus/topics';
import type { Understanding } from '../../retrieval/understand';
import type { ConversationState } from './conversation';
import { matchBlock, matchLine, planLabel, provinceLabel, snippet, sourcesOf, successorNotes, toMatch, withScan, type Focus, type Lang } from './compose';
import { issuedOnOrAfter, type Engine } from './engine';
import { coverage } from './coverage';
import { factAnswer } from './facts';
import { namedPlans, selectPlans } from './plan-select';
import { asksAppendix, countAnswer, outlineAnswer, outlineAsked, successorAnswer } from './structure';
import { compactRefs } from './ref-list';
import { asksThePlan, HOTLINE_LINE, HOTLINE_LINE_EN, REPORT_STEPS_EN, REPORT_STEPS_VI, reportsChildInDanger } from './safety';
import type { AnswerMatch, AnswerResult, AskInput } from './types';

/**
 * The one neutral entry point every channel calls. Understands the question (with the session's
 * context for follow-ups), retrieves, and composes the answer from records; abstains honestly when
 * the corpus holds no answer. Never sees platform types.
 */
export const MAX_QUESTION_CHARS = 500;
const BROAD_TOPICS: ReadonlySet<string> = new Set(TOPICS.filter((t) => t.broad).map((t) => t.id));
const MATCHES_SHOWN = 5;
/** plans shown in full when a question names no province; the others are listed by name */
const PLANS_SHOWN_UNNAMED = 5;
const MAX_SEARCHES_PER_QUESTION = 8;

type TaskIntent = 'who-leads' | 'who-coordinates' | 'when' | 'compare' | 'search';
const TASK_INTENTS: ReadonlySet<string> = new Set(['who-leads', 'who-coordinates', 'when', 'compare', 'search']);

/** a commune official about their own commune: "xã tôi", "cán bộ xã", "xã cần làm gì" (not "công tác xã hội") */
const COMMUNE_ASKS = /\b(?:(?:xa|phuong|dac khu)\s+(?:toi|minh|em|chung toi|chung em|nha minh)|(?:can bo|cong chuc|chu tich|lanh dao)\s+(?:cap\s+)?(?:xa|phuong)(?!\s+hoi)|(?:cap\s+)?(?:xa|phuong)\s+(?:can|phai|se|duoc giao|co nhiem vu|co trach nhiem)\s+(?:lam\s+)?(?:gi|nhung gi|viec gi|nhiem vu gi))\b/;

/** share of a yes/no question's words a task must hold to answer it */
const EXISTENCE_COVERAGE = 0.75;

const focusOf = (intent: string): Focus => (intent === 'who-coordinates' ? 'coord' : intent === 'when' ? 'time' : 'lead');

/**
 * Is the best hit an answer? When the question names a specific topic, the hit must share one
 * (a question about vaccination is not answered by a general health task); broad topics only
 * support a match the words also support; otherwise most of the question's informative words must
 * be in the task.
 */
export function isConfident(hit: SearchHit, u: Understanding): boolean {
  // every word of the question in the task, several as the same word pairs: the task itself, whatever its topics
  if (hit.coverage >= 0.9 && hit.pairs >= 3) return true;
  // "Kế hoạch có giao ai cấp học bổng du học nước ngoài không?": whether the plan has *this*; a task
  // on the same topic without most of the question's words (scholarships, not study abroad) is a no
  if (u.existence && hit.coverage < EXISTENCE_COVERAGE) return false;
  // two of the question's word pairs side by side in the task ("bố trí công chức", "công tác trẻ em"),
  // though every syllable is common: the compounds name the task
  if (hit.pairs >= 2 && informativeWords(u.content).length <= 2) return true;
  const specific = u.topics.filter((t) => !BROAD_TOPICS.has(t));
  if (specific.length > 0) return hit.sharedTopics.some((t) => !BROAD_TOPICS.has(t));
  // the agency asked about leads it and the topic is shared: that is the answer
  if (u.agencies.length > 0 && hit.sharedTopics.length > 0 && hit.doc.leadIds.some((id) => u.agencies.includes(id))) return true;
  // an English question's words cannot be found in Vietnamese text: its topics are the evidence
  if (hit.sharedTopics.length > 0 && (hit.coverage >= 0.34 || u.english)) return true;
  // without a topic, the words must be there, and not only as homographs of folded syllables:
  // a question of several words must share a word pair with the task
  return hit.coverage >= 0.6 && (u.content.length < 2 || hit.pairs > 0);
}

function emptyResult(question: string, text: string, intent: AnswerResult['intent'], danger = false): AnswerResult {
  return { question, text, abstained: true, matches: [], intent, provinces: [], danger, passages: [] };
}

/** Help texts from the corpus: the provinces it holds and examples drawn from their tasks. */
export function helpText(engine: Engine, lang: Lang): string {
  const c = coverage(engine);
  if (lang === 'en') {
    return [
      `I answer questions about the provinces' action plans for children's rights: ${c.provinces}.`,
      c.examples.length > 0 ? `For example: ${c.examples.slice(0, 2).map((e) => `"${e}"`).join(', ')}` : '',
    ].filter(Boolean).join('\n');
  }
  return [`Tôi trả lời câu hỏi về kế hoạch thực hiện quyền trẻ em của các tỉnh: ${c.provinces}.`, ...(c.examples.length > 0 ? ['Ví dụ:', ...c.examples.map((e) => `• ${e}`)] : [])].join('\n');
}

/** about the plan's timeframes as a whole: "cột thời gian đều là …", "nhiệm vụ nào ghi hạn cụ thể", "thời hạn của các nhiệm vụ" */
const TIMEFRAMES_OVERVIEW = /\b(?:cot thoi (?:gian|han)|(?:nhiem vu|viec) nao (?:ghi|co) (?:han|thoi han|thoi gian) cu the|han cu the theo nam|thoi (?:gian|han) (?:cua )?(?:cac|nhung|tung) nhiem vu|deu (?:la )?(?:lam )?thuong xuyen)\b/;

/** "gồm những khuyến nghị số mấy", "các khuyến nghị nào", "which recommendations" */
const LISTS_RECOMMENDATIONS = /\b(?:(?:nhung|cac) khuyen nghi (?:so )?(?:nao|may)|khuyen nghi so (?:may|nao)|gom (?:nhung |cac )?khuyen nghi|which recommendations|what recommendations)\b/;

/** "sở đó", "cơ quan này", "bộ ấy": a body named in the last answer */
const ANAPHOR = /\b(?:so|co quan|don vi|bo|ban|nganh|to chuc)\s+(?:do|nay|ay|kia|tren)\b/;

export async function answer(engine: Engine, input: AskInput): Promise<AnswerResult> {
  const question = normaliseText(String(input.question ?? '')).slice(0, MAX_QUESTION_CHARS);
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return emptyResult(question, `Bạn hãy gõ một câu hỏi về kế hoạch quyền trẻ em.\n\n${helpText(engine, 'vi')}`, 'empty');
  }
  const danger = reportsChildInDanger(question);
  const u = engine.understander.understand(question);
  const lang: Lang = u.english ? 'en' : 'vi';
  const state = input.session ? engine.sessions.get(input.session) : null;
  const followUp = state ? applyContext(u, state) : false;
  // "sở đó giờ còn không?": the body of the last answer
  if (state && u.asksSuccessor && u.agencies.length === 0 && ANAPHOR.test(fold(question))) {
    u.agencies = state.agencies.length > 0 ? state.agencies : [...new Set(state.matches.flatMap((m) => m.leadIds))];
  }

  let result: AnswerResult;
  if ((u.intent === 'greeting' || u.intent === 'help') && !danger) {
    result = emptyResult(question, helpText(engine, lang), u.intent);
  } else if (u.unintelligible && !danger) {
    // "asdfgh ??? 123": nothing to search for, and no reason to read it as a follow-up of the last question
    const head = lang === 'vi' ? 'Tôi chưa hiểu câu hỏi này.' : "I did not understand that question.";
    result = emptyResult(question, `${head}\n\n${helpText(engine, lang)}`, 'help');
  } else {
    result = await respond(engine, u, lang, question, followUp ? state : null);
  }
  if (danger) {
    // the hotline and what to do, nothing else: a person reporting a child in danger reads the first
    // lines, and a plan's task lists are no help to them (who handles a kind of case is a lookup,
    // asked without a report: "trẻ bị xâm hại trên mạng thì cơ quan nào phụ trách?")
    const head = lang === 'en' ? `${HOTLINE_LINE}\n${HOTLINE_LINE_EN}` : HOTLINE_LINE;
    const steps = (lang === 'en' ? REPORT_STEPS_EN : REPORT_STEPS_VI).join('\n');
    // a report that also asks the plan outright ("… Ở Đồng Tháp cơ quan nào chủ trì phòng ngừa …?") gets that answer after
    const asked = asksThePlan(question) && !result.abstained && result.matches.length > 0;
    result = asked
      ? { ...result, text: `${head}\n${steps}\n\n${result.text}`, abstained: false, danger: true, intent: 'danger' }
      : { ...result, text: `${head}\n${steps}`, matches: [], passages: [], abstained: false, danger: true, intent: 'danger' };
  }
  // a 2025 note (a successor, a merger) is said once per conversation, not under every answer
  const shown = state?.notesShown ?? [];
  let notesShown = shown;
  if (input.session) {
    const lines = result.text.split('\n');
    const repeated = lines.filter((l) => l.startsWith('ℹ️') && shown.includes(l));
    if (repeated.length > 0) {
      const kept = lines.filter((l) => !(l.startsWith('ℹ️') && shown.includes(l)));
      kept.push(lang === 'vi' ? 'ℹ️ (Ghi chú về sắp xếp năm 2025 đã nêu ở câu trả lời trước.)' : 'ℹ️ (The 2025 reorganisation note was given in an earlier answer.)');
      result = { ...result, text: kept.join('\n') };
    }
    notesShown = [...shown, ...lines.filter((l) => l.startsWith('ℹ️ ') && !shown.includes(l) && !/đã nêu ở câu trả lời trước|given in an earlier answer/.test(l))].slice(-20);
  }
  // "… Sở TT&TT phối hợp; giờ sở đó nhập vào đâu?": asked inside a task question, the named bodies' 2025 notes in full
  if (u.mentionsSuccessor && !u.asksSuccessor && !result.abstained && u.agencies.length > 0) {
    const m = result.matches[0];
    const province = (m ? engine.plans.get(m.planId)?.plan.province : undefined) ?? u.provinces[0]?.planProvinces[0] ?? '';
    const have = result.text.split('\n');
    const notes = successorNotes(u.agencies, province, engine.agencies, lang, true).filter((l) => !have.includes(l));
    if (notes.length > 0) result = { ...result, text: [...have.filter((l) => !/đã nêu ở câu trả lời trước|given in an earlier answer/.test(l)), ...notes].join('\n') };
  }
  // gibberish leaves the conversation as it was, so the next real follow-up still has its context
  if (input.session && !u.unintelligible) {
    engine.sessions.set(input.session, {
      notesShown,
      provinces: u.provinces,
      topics: u.topics,
      content: u.content,
      contentText: u.contentText,
      agencies: u.agencies,
      intent: u.intent,
      matches: result.matches.length > 0 ? result.matches : state?.matches ?? [],
    });
  }
  return { ...result, topics: u.topics };
}

/** Fill an elliptic follow-up from the conversation; returns true when it is one. */
function applyContext(u: Understanding, state: ConversationState): boolean {
  const ownTopic = u.topics.length > 0 || u.agencies.length > 0 || u.content.length > 0 || u.recommendations.length > 0;
  if (u.intent === 'greeting' || u.intent === 'help' || u.unintelligible) return false;
  if (!ownTopic && u.intent !== 'plan-facts') {
    // "So sánh với các tỉnh khác": the last topic, across every plan rather than the last province
    if (u.provinces.length === 0 && !u.acrossProvinces) u.provinces = state.provinces;
    if (u.acrossProvinces && (u.intent === 'search' || u.intent === 'who-leads')) u.intent = 'compare';
    u.topics = state.topics;
    u.content = state.content;
    u.contentText = state.contentText;
    u.agencies = state.agencies;
    if (u.intent === 'search') u.intent = TASK_INTENTS.has(state.intent) || state.intent === 'agency-tasks' ? state.intent : 'who-leads';
    return true;
  }
  if (u.provinces.length === 0 && !u.acrossProvinces) u.provinces = state.provinces;
  return false;
}

async function respond(engine: Engine, u: Understanding, lang: Lang, question: string, followUpOf: ConversationState | null): Promise<AnswerResult> {
  const base = { question, provinces: u.provinces.map((p) => p.named), danger: false };
  const noPlan = u.provinces.filter((p) => p.planProvinces.length === 0);
  const targetPlans = [...new Set(u.provinces.flatMap((p) => p.planProvinces))]
    .flatMap((prov) => engine.plansByProvince.get(prov) ?? []);
  const mergeNotes = provinceNotes(u, lang, engine);

  // "Sở LĐTBXH giờ là sở nào?", "Kon Tum giờ thuộc tỉnh nào?": the 2025 fact first, not a task list
  if (u.asksSuccessor && !u.count) {
    const fact = successorAnswer(u, engine.agencies, lang);
    if (fact) return { ...base, text: fact, abstained: false, matches: [], intent: u.intent, passages: [] };
    // "sở đó giờ còn không?" with no body before it: ask which one
    if (u.agencies.length === 0 && u.provinces.length === 0 && ANAPHOR.test(fold(question))) {
      const text = lang === 'vi'
        ? 'Bạn hỏi về cơ quan nào? Hãy gõ tên cơ quan, ví dụ: "Sở Lao động – Thương binh và Xã hội giờ là sở nào?" hoặc "Sở Thông tin và Truyền thông nhập vào đâu?".'
        : 'Which body do you mean? Type its name, e.g. "What did Sở Lao động – Thương binh và Xã hội become?".';
      return { ...base, text, abstained: true, matches: [], intent: u.intent, passages: [] };
    }
  }
  if (u.provinces.length > 0 && targetPlans.length === 0) {
    return { ...base, text: [noPlanText(noPlan.map((p) => p.named), engine, lang), ...mergeNotes].join('\n'), abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  const inScope = targetPlans.length > 0 ? targetPlans : [...engine.plans.values()];
  // "Kế hoạch 54/KH-UBND …", "theo kế hoạch năm 2014 …": the plan named by its number, year or decision
  const chosen = selectPlans(question, inScope);
  // a province named with a plan it does not have here ("Quảng Ngãi … kế hoạch triển khai Quyết định 535"): say which it has
  // only where the words name the plan being read ("theo kế hoạch 2014", "có kế hoạch … không", a plan fact), not a task's subject
  // ("xây dựng kế hoạch thực hiện Quyết định 605")
  const readsPlan = u.intent === 'plan-facts' || /\b(?:theo|trong|cua|co) (?:ke hoach|quyet dinh)\b/.test(fold(question));
  const named = targetPlans.length > 0 && !chosen && readsPlan ? namedPlans(question, targetPlans) : null;
  if (named && named.plans.length === 0) {
    const elsewhere = namedPlans(question, [...engine.plans.values()])?.plans ?? [];
    const provs = [...new Set(targetPlans.map((p) => p.plan.province))].join(', ');
    const have = targetPlans.map((p) => `${planLabel(p.plan, lang)} (${lang === 'vi' ? 'thực hiện Quyết định' : 'implementing Decision'} ${p.plan.implements.number})`).join('; ');
    const text = lang === 'vi'
      ? [`Kho không có kế hoạch như vậy của ${provs}. Kế hoạch của ${provs} trong kho: ${have}.`, ...(elsewhere.length > 0 ? [`Kế hoạch đúng như câu hỏi có ở: ${elsewhere.map((p) => `${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}`).join('; ')}.`] : [])]
      : [`The library has no such plan for ${provs}. ${provs}'s plans here: ${have}.`, ...(elsewhere.length > 0 ? [`A plan matching the question: ${elsewhere.map((p) => `${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}`).join('; ')}.`] : [])];
    return { ...base, text: [...text, ...mergeNotes].join('\n'), abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  const plans = chosen?.plans ?? inScope;
  if (chosen) {
    u.content = u.content.filter((w) => !chosen.words.includes(w));
    u.contentText = u.contentText.split(' ').filter((w) => !chosen.words.includes(w)).join(' ');
  }
  const missingNote = noPlan.length > 0 ? [noPlanText(noPlan.map((p) => p.named), engine, lang)] : [];

  // "phần tổ chức thực hiện chia mấy mục, mỗi mục giao cho ai?": the section's items, as the plan numbers them
  const outline = targetPlans.length > 0 ? outlineAsked(question) : null;
  if (outline) {
    const { text, abstained, listed } = outlineAnswer(plans, outline, question, engine.agencies, lang);
    if (!abstained) {
      const matches = listed.map((x) => toMatch(x.assignment, x.plan.plan, engine.agencies));
      return { ...base, text: [text, ...mergeNotes].join('\n'), abstained, matches, intent: u.intent, passages: passagesOf(engine, matches) };
    }
  }
  // "Phụ lục có bao nhiêu nhiệm vụ?", "Sơn La giao việc cho bao nhiêu cơ quan?": counted from the records
  if (u.count && !(u.provinces.length > 0 && targetPlans.length === 0)) {
    const { text, abstained, listed } = countAnswer(plans, u, engine.agencies, lang, asksAppendix(question));
    const matches = listed.map((x) => toMatch(x.assignment, x.plan.plan, engine.agencies));
    return { ...base, text: [text, ...mergeNotes, ...missingNote].join('\n'), abstained, matches, intent: u.intent, passages: passagesOf(engine, matches) };
  }

  if (u.detail && !plans.some((p) => carriesDetail(p, u.detail!))) {
    const what = u.detail === 'money'
      ? (lang === 'vi' ? 'số tiền, mức phạt hay mức hỗ trợ' : 'sums of money, fines or allowances')
      : u.detail === 'construction'
        ? (lang === 'vi' ? 'công trình xây dựng hay đầu tư (bệnh viện, trường, đường)' : 'building works or investment (hospitals, schools, roads)')
        : lang === 'vi' ? 'số điện thoại của cơ quan' : "agencies' phone numbers";
    const text = lang === 'vi'
      ? `Kế hoạch${plans.length > 1 ? ' trong kho' : ''} không ghi ${what}; kế hoạch chỉ phân công cơ quan chủ trì, phối hợp và thời gian. Khi trẻ em cần giúp đỡ, gọi Tổng đài 111 (miễn phí, 24/7).`
      : `The plan${plans.length > 1 ? 's' : ''} give no ${what}; they assign lead and coordinating agencies and timeframes. For a child who needs help, call the 111 hotline (free, 24/7).`;
    return { ...base, text: [text, ...mergeNotes].join('\n'), abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  if (u.intent === 'plan-facts' && u.factKind) {
    const { text, abstained, matches } = factAnswer(engine, plans, u.factKind, lang);
    // "UBND xã lấy kinh phí ở đâu?": the plan's funding rule, then the named body's own task on resources
    // (a commune's work sits with the districts in plans written before 7/2025)
    const own: AnswerMatch[] = [];
    if (u.factKind === 'funding' && u.agencies.length > 0) {
      const ids = new Set(u.agencies.includes('nhom-ubnd-xa') ? [...u.agencies, 'nhom-ubnd-huyen'] : u.agencies);
      for (const p of plans) {
        for (const a of p.assignments) {
          if (a.lead.some((m) => ids.has(m.agencyId)) && /kinh phi|ngan sach|nguon luc|tai tro/.test(fold(a.task))) own.push(toMatch(a, p.plan, engine.agencies));
        }
      }
    }
    const ownLines = own.slice(0, 3).map((m) => matchLine(m, 'lead', lang, ['kinh', 'phi', 'ngan', 'sach', 'tai', 'tro']));
    const head = own.length > 0 ? [lang === 'vi' ? 'Việc của cơ quan được hỏi về nguồn lực:' : 'The named body\'s own task on resources:'] : [];
    const all = [...own.slice(0, 3), ...matches];
    return { ...base, text: [text, ...head, ...ownLines, ...mergeNotes, ...missingNote].join('\n'), abstained: abstained && own.length === 0, matches: all, intent: u.intent, passages: passagesOf(engine, all) };
  }

  // "có nhiệm vụ nào ghi hạn cụ thể theo năm không, hay cột thời gian đều là thường xuyên?": the plan's timeframes, tallied
  if (targetPlans.length > 0 && u.topics.length === 0 && u.agencies.length === 0 && TIMEFRAMES_OVERVIEW.test(fold(question))) {
    const blocks = plans.map((p) => {
      const all = asksAppendix(question) ? p.assignments.filter((a) => a.origin === 'appendix') : p.assignments;
      const tally = new Map<string, number>();
      for (const a of all) tally.set(a.timeframe ?? (lang === 'vi' ? 'không ghi' : 'not given'), (tally.get(a.timeframe ?? (lang === 'vi' ? 'không ghi' : 'not given')) ?? 0) + 1);
      const parts = [...tally].sort((x, y) => y[1] - x[1]).slice(0, 10).map(([t, n]) => `${t} (${n})`);
      const yearInText = all.filter((a) => /\b(?:19|20)\d\d\b/.test(a.task) && !/\b(?:19|20)\d\d\b/.test(a.timeframe ?? '')).slice(0, 3);
      return [
        `📍 ${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}`,
        lang === 'vi' ? `Thời gian của ${all.length} nhiệm vụ: ${parts.join('; ')}.` : `Timeframes of ${all.length} tasks: ${parts.join('; ')}.`,
        ...yearInText.map((a) => {
          // a scan's task as restored, marked where unsure
          const m = toMatch(a, p.plan, engine.agencies);
          const text = withScan(snippet(m.task, [...(m.task.match(/\b(?:19|20)\d\d\b/g) ?? [])], 140), m.unsure, lang);
          return lang === 'vi' ? `• Năm ghi trong nội dung nhiệm vụ: ${text} (${a.source.ref})` : `• A year in the task's text: ${text} (${a.source.ref})`;
        }),
      ].join('\n');
    });
    return { ...base, text: [...blocks, ...mergeNotes].join('\n'), abstained: false, matches: [], intent: 'when', passages: [] };
  }
  // "Những nhiệm vụ nào ở Quảng Ngãi có thời hạn năm 2025?": a list by the year in the timeframe
  const year = /\b(?:nhung|cac)\s+(?:nhiem vu|viec)\b.*\b((?:19|20)\d\d)\b|\b(?:nhiem vu|viec) (?:nao|gi)\b.*\b((?:19|20)\d\d)\b|\bwhich tasks?\b.*\b((?:19|20)\d\d)\b/.exec(fold(question));
  if (year && targetPlans.length > 0 && u.topics.length === 0 && u.agencies.length === 0) return byYearAnswer(engine, targetPlans, Number(year[1] ?? year[2] ?? year[3]), lang, base, mergeNotes, u.intents.includes('who-leads'));
  // A follow-up in the same province asking who coordinates / when: the last match answers it.
  if (followUpOf && followUpOf.matches.length > 0 && (u.intent === 'who-coordinates' || u.intent === 'when' || u.intent === 'who-leads')) {
    const sameProvince = targetPlans.length === 0 || targetPlans.some((p) => p.plan.id === followUpOf.matches[0]!.planId);
    if (sameProvince) {
      const m = followUpOf.matches[0]!;
      const plan = engine.plans.get(m.planId)!;
      const text = [...matchBlock(m, plan.plan, focusOf(u.intent), lang, { ocr: isOcr(plan) }), ...successorNotes([...m.leadIds], plan.plan.province, engine.agencies, lang)];
      return { ...base, text: text.join('\n'), abstained: false, matches: [m], intent: u.intent, passages: passagesOf(engine, [m]) };
    }
  }

  if (u.intent === 'recommendation') return recommendationAnswer(engine, u, lang, plans, base);
  // "Phụ lục … gồm những khuyến nghị số mấy?": the numbers a plan is keyed by, listed
  if (u.recommendations.length === 0 && LISTS_RECOMMENDATIONS.test(fold(question))) {
    const keyed = plans.filter((p) => p.assignments.some((a) => a.recommendations.length > 0));
    if (keyed.length > 0) {
      const text = keyed.map((p) => {
        const nums = [...new Set(p.assignments.flatMap((a) => a.recommendations))].sort((x, y) => x - y);
        return lang === 'vi'
          ? `📍 ${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}\nPhụ lục ghi ${nums.length} khuyến nghị của Ủy ban: số ${nums.join(', ')}.`
          : `📍 ${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}\nThe appendix is keyed by ${nums.length} of the Committee's recommendations: ${nums.join(', ')}.`;
      });
      return { ...base, text: [...text, ...mergeNotes].join('\n'), abstained: false, matches: [], intent: 'recommendation', passages: [] };
    }
  }
  // "Ai phối hợp?" with nothing before it: a task question missing its task, not an off-topic one
  if (u.elliptic && !(followUpOf && followUpOf.matches.length > 0) && (u.intent === 'who-coordinates' || u.intent === 'when' || u.intent === 'who-leads')) {
    return { ...base, text: clarifyTaskText(engine, u.intent, u.provinces[0]?.named ?? null, lang), abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  if (!chosen && !inDomain(u, question)) {
    const text = lang === 'vi'
      ? `Câu hỏi này nằm ngoài phạm vi của tôi: tôi chỉ trả lời về các kế hoạch thực hiện quyền trẻ em của tỉnh.\n\n${helpText(engine, 'vi')}`
      : `That is outside what I can answer: I only answer questions about the provinces' children's rights plans.\n\n${helpText(engine, 'en')}`;
    return { ...base, text, abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  if (u.quantity && u.intent !== 'agency-tasks') {
    const text = lang === 'vi'
      ? 'Các kế hoạch trong kho không đặt con số hay chỉ tiêu định lượng cho nội dung này; chúng chỉ phân công cơ quan chủ trì, phối hợp và thời gian.'
      : 'The plans in the library set no figures or quantified targets for this; they only assign lead and coordinating agencies and timeframes.';
    return { ...base, text: [text, ...mergeNotes].join('\n'), abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  // "xã tôi cần làm gì?": a commune official asking what their own commune must do (not where they live:
  // "xã mình ở Lâm Đồng, ai chủ trì …" stays a task question)
  const specificTopic = u.topics.some((t) => !BROAD_TOPICS.has(t));
  if (u.agencies.length === 0 && (u.intents.includes('agency-tasks') || (!specificTopic && !u.intents.includes('who-leads'))) && COMMUNE_ASKS.test(fold(question))) {
    u.agencies = ['nhom-ubnd-xa'];
    if (u.intents.includes('agency-tasks')) u.intent = 'agency-tasks';
  }
  // a commune asking about its own level: plans written before 7/2025 give that work to the districts
  // (abolished since, their work now the communes'): their tasks answer it, with the 2025 note
  if (u.agencies.includes('nhom-ubnd-xa') && !u.agencies.includes('nhom-ubnd-huyen') && plans.some((p) => p.assignments.some((a) => [...a.lead, ...a.coordinating].some((m) => m.agencyId === 'nhom-ubnd-huyen')))) {
    u.agencies = [...u.agencies, 'nhom-ubnd-huyen'];
  }
  // "UBND xã có được giao gì trong việc bảo đảm quyền tự do tín ngưỡng …?": the body's part in that task, led or coordinated
  if (u.intent === 'agency-tasks' && u.agencies.length > 0 && specificTopic) {
    const ids = new Set(u.agencies);
    const hits = await search(engine.index, u, { kinds: ['assignment'], planIds: plans.map((p) => p.plan.id), limit: 10 });
    const hit = hits.find((h) => {
      const a = engine.assignments.get(h.doc.id)?.assignment;
      return a !== undefined && [...a.lead, ...a.coordinating].some((m) => ids.has(m.agencyId)) && isConfident(h, u);
    });
    if (hit) {
      const { assignment, plan } = engine.assignments.get(hit.doc.id)!;
      const m = toMatch(assignment, plan.plan, engine.agencies);
      const leads = assignment.lead.some((x) => ids.has(x.agencyId));
      const text = [...matchBlock(m, plan.plan, leads ? 'lead' : 'coord', lang, { ocr: isOcr(plan) }), ...successorNotes(u.agencies, plan.plan.province, engine.agencies, lang), ...mergeNotes];
      return { ...base, text: text.join('\n'), abstained: false, matches: [m], intent: u.intent, passages: passagesOf(engine, [m]) };
    }
  }
  if (u.intent === 'agency-tasks' && u.agencies.length > 0) return agencyTasksAnswer(engine, u, lang, plans, base, mergeNotes);
  return taskAnswer(engine, u, lang, plans, targetPlans.length > 0, base, [...mergeNotes, ...missingNote]);
}

/** Does a plan's text state a sum of money, a phone number (beyond the 111 hotline) or building works? */
function carriesDetail(p: ParsedPlan, detail: 'money' | 'phone' | 'construction'): boolean {
  const re = detailPattern(detail);
  return p.assignments.some((a) => re.test(a.task) || a.extra.some((e) => re.test(e.value))) || p.sections.some((s) => re.test(s.text));
}

function detailPattern(detail: 'money' | 'phone' | 'construction'): RegExp {
  return detail === 'money'
    ? /\d[\d.,]*\s*(?:đồng|triệu|tỷ|nghìn|VNĐ|VND)/i
    : detail === 'construction'
      ? /(?:xây dựng|xây mới|đầu tư|nâng cấp|cải tạo|sửa chữa)\s+(?:mới\s+)?(?:bệnh viện|trường học|phòng học|đường|công trình)/iu
      : /(?<!\d)(?:0|\+84\s?)\d(?:[\s.-]?\d){7,9}(?!\d)/;
}

/** Everyday questions to a civil servant's chat that no plan of this genre answers (holidays, pay, weather, prices). */
const EVERYDAY = /\b(?:nghi tet|lich nghi|nghi le|nghi phep|ngay nghi|luong co so|tang luong|bang luong|phu cap cong vu|thoi tiet|gia vang|gia xang|xo so|ket qua bong da|lich thi dau)\b/;

/**
 * Does the question touch the plans' domain at all? A topic, an agency, a province, children, or the
 * plans themselves. "Cách nấu phở bò ngon" does not, whatever words it shares by accident.
 */
function inDomain(u: Understanding, question: string): boolean {
  const f = fold(question);
  // "lịch nghỉ Tết của cán bộ công chức": a broad topic word ("cán bộ") does not bring it into the plans
  if (EVERYDAY.test(f) && !u.topics.some((t) => !BROAD_TOPICS.has(t)) && !/\b(tre em|chau|con nit|hoc sinh|ke hoach|khuyen nghi)\b/.test(f)) return false;
  if (u.topics.length > 0 || u.agencies.length > 0 || u.provinces.length > 0 || u.recommendations.length > 0) return true;
  return /\b(tre|tre em|con|chau|be|hoc sinh|thieu nien|thieu nhi|vi thanh nien|con nit|dua nho|nho tuoi|child|children|kid|kids|minor|youth|ke hoach|khuyen nghi|quyen|plan|rights)\b/.test(fold(question));
}

function isOcr(plan: ParsedPlan): boolean {
  return plan.plan.scanned;
}

function provinceNotes(u: Understanding, lang: Lang, engine: Engine): string[] {
  const out: string[] = [];
  for (const p of u.provinces) {
    const m = p.merge;
    if (!m) continue;
    // a plan issued after the merger is the merged province's own: no "predates the merger" note
    const nowPlans = engine.plansByProvince.get(m.now) ?? [];
    if (p.planProvinces.includes(m.now) && nowPlans.length > 0 && nowPlans.every((x) => issuedOnOrAfter(x, m.effective))) {
      if (p.named === m.former) {
        const [y, mo, d] = m.effective.split('-').map(Number);
        out.push(lang === 'vi'
          ? `ℹ️ Từ ${d}/${mo}/${y}, tỉnh ${m.former} sáp nhập vào tỉnh ${m.now} (${m.basis}); kế hoạch của tỉnh ${m.now} ban hành sau sáp nhập áp dụng cho cả địa bàn ${m.former} cũ.`
          : `ℹ️ Since ${d}/${mo}/${y}, ${m.former} has been part of ${m.now} (${m.basis}); ${m.now}'s plan, issued after the merger, covers the former ${m.former} too.`);
      }
      continue;
    }
    const [y, mo, d] = m.effective.split('-').map(Number);
    const when = `${d}/${mo}/${y}`;
    const basis = `${m.basis}; nguồn: ${sourcesOf([m.source])}`;
    if (p.planProvinces.length > 0 && p.named === m.now && p.planProvinces.includes(m.former)) {
      out.push(lang === 'vi'
        ? `ℹ️ Từ ${when}, tỉnh ${m.former} sáp nhập vào tỉnh ${m.now} (${basis}); kế hoạch trả lời ở đây là của tỉnh ${m.former} cũ và chỉ áp dụng cho địa bàn đó.`
        : `ℹ️ Since ${when}, ${m.former} has been part of ${m.now} (${basis}); the plan quoted is the former ${m.former}'s and covers that area only.`);
    } else if (p.planProvinces.length > 0 && p.named === m.now) {
      out.push(lang === 'vi'
        ? `ℹ️ Từ ${when}, tỉnh ${m.former} sáp nhập vào tỉnh ${m.now} (${basis}); kế hoạch này là của tỉnh ${m.now} trước sáp nhập.`
        : `ℹ️ Since ${when}, ${m.former} has been part of ${m.now} (${basis}); this plan predates the merger and covers the former ${m.now}.`);
    } else if (p.named === m.former) {
      out.push(lang === 'vi'
        ? `ℹ️ Từ ${when}, tỉnh ${m.former} đã sáp nhập vào tỉnh ${m.now} (${basis}); kho chỉ có kế hoạch của tỉnh ${m.now} trước sáp nhập, không áp dụng cho địa bàn ${m.former} cũ.`
        : `ℹ️ Since ${when}, ${m.former} has been part of ${m.now} (${basis}); the library only has the former ${m.now}'s plan, which does not cover the former ${m.former}.`);
    }
  }
  return out;
}

function noPlanText(names: string[], engine: Engine, lang: Lang): string {
  const have = [...engine.plans.values()].map((p) => p.plan.province).join(', ');
  return lang === 'vi'
    ? `Chưa có kế hoạch của tỉnh ${names.join(', ')} trong kho. Kho hiện có kế hoạch của: ${have}.`
    : `There is no plan for ${names.join(', ')} in the library. Plans available: ${have}.`;
}

function passagesOf(engine: Engine, matches: AnswerMatch[]): AnswerResult['passages'] {
  return matches.slice(0, 3).map((m) => {
    const lines = engine.seedLines.get(m.file) ?? [];
    const text = lines.slice(m.lines[0] - 1, m.lines[1]).join('\n').trim();
    // a scan's passage is shown as scanned, with the restored reading beside it and its doubtful words marked
    const entry = engine.assignments.get(m.assignmentId);
    const restored = entry?.plan.plan.scanned && entry.assignment.taskRestored ? withScan(entry.assignment.taskRestored, m.unsure, 'vi') : undefined;
    return { file: m.file, lineStart: m.lines[0], lineEnd: m.lines[1], ref: m.source, text, ...(restored ? { restored } : {}) };
  });
}

function hitsToMatches(engine: Engine, hits: SearchHit[]): AnswerMatch[] {
  const out: AnswerMatch[] = [];
  for (const h of hits) {
    if (h.doc.kind !== 'assignment') continue;
    const entry = engine.assignments.get(h.doc.id);
    if (entry) out.push(toMatch(entry.assignment, entry.plan.plan, engine.agencies));
  }
  return out;
}

type Base = Pick<AnswerResult, 'question' | 'provinces' | 'danger'>;

async function taskAnswer(engine: Engine, u: Understanding, lang: Lang, plans: ParsedPlan[], provinceNamed: boolean, base: Base, notes: string[]): Promise<AnswerResult> {
  const intent = u.intent as TaskIntent;
  const focus = focusOf(intent);
  const perPlan: Array<{ plan: ParsedPlan; hits: SearchHit[]; best: SearchHit | null }> = [];
  // "Sở Y tế phối hợp với ai?": the agency named is the lead whose partners are asked for
  const requireAgency = u.agencies.length > 0 && (u.intent !== 'who-leads' || u.topics.length === 0);
  // with nothing but the agency to go on ("Sở Y tế phối hợp với ai để triển khai kế hoạch?"), its own unit answers
  const bare = u.topics.length === 0 && informativeWords(u.content).length === 0;
  const searchPlans = async (require: boolean) => {
    const opts = { kinds: ['assignment'] as const, agencies: u.agencies, requireAgency: require };
    // a few plans: one search each (best recall per plan); many plans: one search, grouped by plan
    const hitsByPlan = new Map<string, SearchHit[]>();
    if (plans.length <= MAX_SEARCHES_PER_QUESTION) {
      for (const plan of plans) hitsByPlan.set(plan.plan.id, await search(engine.index, u, { ...opts, planIds: [plan.plan.id], limit: MATCHES_SHOWN }));
    } else {
      for (const h of await search(engine.index, u, { ...opts, planIds: plans.map((p) => p.plan.id), limit: plans.length * MATCHES_SHOWN })) {
        const list = hitsByPlan.get(h.doc.planId) ?? [];
        if (list.length < MATCHES_SHOWN) list.push(h);
        hitsByPlan.set(h.doc.planId, list);
      }
    }
    const out: typeof perPlan = [];
    for (const plan of plans) {
      const hits = hitsByPlan.get(plan.plan.id) ?? [];
      // a question about building works or sums of money is answered by a task that has them, not by one on the same topic
      const carries = (h: SearchHit) => !u.detail || detailPattern(u.detail).test(engine.assignments.get(h.doc.id)?.assignment.task ?? '');
      // the best hit that is an answer: the top one, or (when the top one is only close in words) the
      // next that has the evidence ("… bố trí công chức …" under "các sở, UBND các xã căn cứ …")
      const best = hits[0] && (require && bare) && carries(hits[0]) ? hits[0] : hits.slice(0, 3).find((h) => isConfident(h, u) && carries(h)) ?? null;
      out.push({ plan, hits, best });
    }
    return out;
  };
  perPlan.push(...(await searchPlans(requireAgency)));
  // "khi nào các xã phường phải bố trí xong công chức…?": a body named in a when-question may be what the
  // task is about rather than who does it; with no task it leads, the one it is part of answers
  if (requireAgency && u.intent === 'when' && !bare && perPlan.every((p) => p.best === null)) perPlan.splice(0, perPlan.length, ...(await searchPlans(false)));
  const answered = perPlan.filter((p) => p.best !== null);

  // One province: the best match in full, related matches as one-liners.
  if (plans.length === 1) {
    const { plan, hits, best } = perPlan[0]!;
    if (!best) return { ...base, text: [noAnswerText(engine, plan, lang), ...notes].join('\n'), abstained: true, matches: [], intent: u.intent, passages: [] };
    const matches = hitsToMatches(engine, hits.filter((h) => h === best || isConfident(h, u)));
    const top = matches[0]!;
    const related = matches.slice(1, 3).filter((m) => hits.find((h) => h.doc.id === m.assignmentId)!.score >= best.score * 0.8);
    const text = [
      ...matchBlock(top, plan.plan, focus, lang, { ocr: isOcr(plan), words: informativeWords(u.content) }),
      ...(related.length > 0 ? [lang === 'vi' ? 'Liên quan:' : 'Related:', ...related.map((m) => matchLine(m, focus, lang, informativeWords(u.content)))] : []),
      ...successorNotes(top.leadIds, plan.plan.province, engine.agencies, lang),
      ...notes,
    ];
    return { ...base, text: text.join('\n'), abstained: false, matches, intent: u.intent, passages: passagesOf(engine, matches) };
  }

  // Several provinces (named, or none named): one compact line per plan.
  if (answered.length === 0) {
    const text = lang === 'vi' ? 'Không tìm thấy nhiệm vụ nào về nội dung này trong các kế hoạch hiện có.' : 'None of the plans in the library has a task on this.';
    const bt = perPlan.filter((p) => !p.plan.plan.appendix.present && p.plan.plan.appendix.referenced).map((p) => missingAppendixText(engine, p.plan, lang));
    return { ...base, text: [text, ...bt, ...notes].join('\n'), abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  const ranked = [...answered].sort((a, b) => b.best!.score - a.best!.score);
  // no province named in a library of many plans: the closest plans in full, the rest by name, so a
  // phone shows an answer and not one line for each of 34 provinces
  const ordered = provinceNamed ? ranked : ranked.slice(0, PLANS_SHOWN_UNNAMED);
  const alsoIn = provinceNamed ? [] : ranked.slice(PLANS_SHOWN_UNNAMED);
  const matches = hitsToMatches(engine, ordered.map((p) => p.best!));
  const lines: string[] = [lang === 'vi' ? (provinceNamed ? 'Theo từng kế hoạch:' : 'Theo các kế hoạch trong kho:') : 'By plan:'];
  for (const p of ordered) {
    const m = matches.find((x) => x.planId === p.plan.plan.id)!;
    lines.push(`📍 ${provinceLabel(p.plan.plan, lang)} – ${planLabel(p.plan.plan, lang)}`, matchLine(m, focus, lang, informativeWords(u.content)));
  }
  if (alsoIn.length > 0) {
    const names = [...new Set(alsoIn.map((p) => p.plan.plan.province))].join(', ');
    lines.push(lang === 'vi' ? `Cũng có nhiệm vụ này trong kế hoạch của: ${names}.` : `The plans of ${names} have this task too.`);
  }
  if (provinceNamed) {
    for (const p of perPlan.filter((x) => x.best === null)) {
      lines.push(p.plan.plan.appendix.referenced && !p.plan.plan.appendix.present ? missingAppendixText(engine, p.plan, lang) : `📍 ${p.plan.plan.province}: ${lang === 'vi' ? 'không có nhiệm vụ này' : 'no such task'}`);
    }
  }
  // a comparison across provinces says which plans have no such task, in one line
  const lacking = perPlan.filter((x) => x.best === null);
  if (!provinceNamed && (u.intent === 'compare' || u.acrossProvinces) && lacking.length > 0) {
    const names = [...new Set(lacking.map((p) => p.plan.plan.province))].join(', ');
    lines.push(lang === 'vi' ? `Không thấy nhiệm vụ này trong kế hoạch của: ${names}.` : `No such task in the plans of ${names}.`);
  }
  if (!provinceNamed && plans.length > PLANS_SHOWN_UNNAMED) {
    lines.push(lang === 'vi' ? 'Hỏi kèm tên tỉnh để xem đầy đủ nhiệm vụ của tỉnh đó.' : 'Name a province to see its task in full.');
  }
  const extra = hitsToMatches(engine, ordered.flatMap((p) => p.hits.slice(1).filter((h) => isConfident(h, u))));
  const all = [...matches, ...extra].slice(0, MATCHES_SHOWN);
  lines.push(...successorNotes(matches.flatMap((m) => m.leadIds), '', engine.agencies, lang).slice(0, 2), ...notes);
  return { ...base, text: lines.join('\n'), abstained: false, matches: all, intent: u.intent, passages: passagesOf(engine, matches) };
}

const BY_YEAR_SHOWN = 12;

/** Every task of the plans whose timeframe names the year (a span "2025-2030" counts when it holds it). */
function byYearAnswer(engine: Engine, plans: readonly ParsedPlan[], year: number, lang: Lang, base: Base, notes: string[], asksWho = false): AnswerResult {
  const holds = (tf: string | null | undefined) => {
    if (!tf) return false;
    for (const m of tf.matchAll(/\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/g)) if (Number(m[1]) <= year && year <= Number(m[2])) return true;
    return new RegExp(`\\b${year}\\b`).test(tf);
  };
  const lines: string[] = [];
  const matches: AnswerMatch[] = [];
  for (const p of plans) {
    // the year in the timeframe, or a deadline in the task's own words ("báo cáo … vào năm 2027")
    const inText = new RegExp(`\\b(?:năm|year|in|by|trước|đến)\\s+${year}\\b`, 'iu');
    const found = p.assignments.filter((a) => holds(a.timeframe) || inText.test(a.task)).map((a) => toMatch(a, p.plan, engine.agencies));
    const head = `📍 ${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}`;
    if (found.length === 0) {
      // say how the plan does write its timeframes, so "none" is not read as "no deadlines at all"
      const counts = new Map<string, number>();
      for (const a of p.assignments) if (a.timeframe) counts.set(a.timeframe, (counts.get(a.timeframe) ?? 0) + 1);
      const usual = [...counts].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([tf, n]) => `${tf} (${n})`).join('; ');
      lines.push(head, lang === 'vi' ? `Không nhiệm vụ nào ghi thời hạn năm ${year}.${usual ? ` Thời gian kế hoạch ghi nhiều nhất: ${usual}.` : ''}` : `No task has a timeframe in ${year}.${usual ? ` The plan's most frequent timeframes: ${usual}.` : ''}`);
      continue;
    }
    lines.push(head, lang === 'vi' ? `${found.length} nhiệm vụ có thời hạn trong năm ${year}:` : `${found.length} tasks with a timeframe in ${year}:`);
    // "… năm 2025 không, sở nào làm?": the lead beside each, when the question asks who as well
    lines.push(...found.slice(0, BY_YEAR_SHOWN).map((m) => matchLine(m, asksWho && !m.timeframe ? 'lead' : 'time', lang, [String(year)])));
    if (found.length > BY_YEAR_SHOWN) lines.push(lang === 'vi' ? `… và ${found.length - BY_YEAR_SHOWN} nhiệm vụ khác.` : `… and ${found.length - BY_YEAR_SHOWN} more.`);
    matches.push(...found);
  }
  return { ...base, text: [...lines, ...notes].join('\n'), abstained: matches.length === 0, matches: matches.slice(0, MATCHES_SHOWN), intent: 'when', passages: passagesOf(engine, matches.slice(0, MATCHES_SHOWN)) };
}

/** Asks which task an elliptic question means, with an example built from the corpus's own plans. */
function clarifyTaskText(engine: Engine, intent: 'who-coordinates' | 'when' | 'who-leads', province: string | null, lang: Lang): string {
  const where = province ?? [...engine.plansByProvince.keys()][0] ?? '';
  if (lang === 'en') {
    const example = intent === 'when' ? `When is early-marriage prevention in ${where} due?` : `Who ${intent === 'who-coordinates' ? 'coordinates' : 'leads'} early-marriage prevention in ${where}?`;
    return `Which task do you mean? Name the task and the province, e.g. "${example}"`;
  }
  const ask = intent === 'when' ? 'thời hạn của' : intent === 'who-coordinates' ? 'ai phối hợp trong' : 'ai chủ trì';
  const example = intent === 'when' ? `Phòng, chống tảo hôn ở ${where} thực hiện khi nào?` : intent === 'who-coordinates' ? `Ai phối hợp phòng, chống tảo hôn ở ${where}?` : `Ai chủ trì phòng, chống tảo hôn ở ${where}?`;
  return `Bạn muốn hỏi ${ask} nhiệm vụ nào? Hãy nêu việc cần hỏi và tỉnh, ví dụ: "${example}"`;
}

function missingAppendixText(engine: Engine, plan: ParsedPlan, lang: Lang): string {
  const focalId = plan.plan.focalAgency?.agencyId;
  const name = focalId ? engine.agencies.get(focalId)?.name ?? plan.plan.focalAgency!.text : null;
  return lang === 'vi'
    ? `📍 ${plan.plan.province} – ${planLabel(plan.plan, 'vi')}: kế hoạch có nhắc tới phụ lục phân công nhưng văn bản trong kho không kèm phụ lục, nên không biết cơ quan chủ trì từng nhiệm vụ.${name ? ` Cơ quan đầu mối của kế hoạch: ${name}.` : ''}`
    : `📍 ${plan.plan.province} – ${planLabel(plan.plan, 'en')}: the plan refers to an appendix assigning the tasks, but the text in the library does not include it, so the lead for each task is unknown.${name ? ` The plan's focal agency: ${name}.` : ''}`;
}

function noAnswerText(engine: Engine, plan: ParsedPlan, lang: Lang): string {
  if (plan.plan.appendix.referenced && !plan.plan.appendix.present) return missingAppendixText(engine, plan, lang);
  return lang === 'vi'
    ? `Kế hoạch của ${provinceLabel(plan.plan, 'vi')} (${planLabel(plan.plan, 'vi')}) không có nhiệm vụ nào về nội dung này.`
    : `The plan of ${provinceLabel(plan.plan, 'en')} (${planLabel(plan.plan, 'en')}) has no task on this.`;
}

async function recommendationAnswer(engine: Engine, u: Understanding, lang: Lang, plans: ParsedPlan[], base: Base): Promise<AnswerResult> {
  const wanted = new Set(u.recommendations);
  const withNumbers = plans.filter((p) => p.assignments.some((a) => a.recommendations.length > 0));
  if (withNumbers.length === 0) {
    const keyed = [...engine.plans.values()].filter((p) => p.assignments.some((a) => a.recommendations.length > 0));
    const which = (l: Lang) => keyed.map((p) => `${l === 'vi' ? 'kế hoạch' : 'the'} ${p.plan.period ?? p.plan.issuedDate.year} ${l === 'vi' ? 'của' : 'plan of'} ${p.plan.province}`).join(', ');
    const text = lang === 'vi'
      ? `Kế hoạch của ${plans.map((p) => p.plan.province).join(', ')} không đánh số theo khuyến nghị của Ủy ban; ${keyed.length > 0 ? `chỉ phụ lục ${which('vi')} ghi số khuyến nghị.` : 'không kế hoạch nào trong kho ghi số khuyến nghị.'}`
      : `The plan of ${plans.map((p) => p.plan.province).join(', ')} is not keyed by recommendation number; ${keyed.length > 0 ? `only ${which('en')} is.` : 'no plan in the collection is.'}`;
    return { ...base, text, abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  let found = withNumbers.flatMap((p) => p.assignments.filter((a) => a.recommendations.some((r) => wanted.has(r))).map((a) => toMatch(a, p.plan, engine.agencies)));
  // several activities under one number: the question's other words pick the activity
  if (found.length > 1 && (u.topics.length > 0 || u.content.length > 0)) {
    const hits = await search(engine.index, u, { planIds: [...new Set(found.map((m) => m.planId))], kinds: ['assignment'], limit: 50 });
    const order = new Map(hits.map((h, i) => [h.doc.id, i] as const));
    found = [...found].sort((a, b) => (order.get(a.assignmentId) ?? 999) - (order.get(b.assignmentId) ?? 999));
  }
  if (found.length === 0) {
    const text = lang === 'vi'
      ? `Phụ lục không có hoạt động nào cho khuyến nghị số ${u.recommendations.join(', ')}.`
      : `The appendix has no activity for recommendation ${u.recommendations.join(', ')}.`;
    return { ...base, text, abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  const plan = engine.plans.get(found[0]!.planId)!;
  const focus = u.intents.includes('who-coordinates') ? 'coord' : u.intents.includes('when') ? 'time' : 'lead';
  const text = found.length === 1
    ? matchBlock(found[0]!, plan.plan, focus, lang)
    : [`📍 ${provinceLabel(plan.plan, lang)} – ${planLabel(plan.plan, lang)}`, ...found.map((m) => matchLine(m, focus, lang))];
  return { ...base, text: [...text, ...successorNotes(found.flatMap((m) => m.leadIds), plan.plan.province, engine.agencies, lang)].join('\n'), abstained: false, matches: found, intent: u.intent, passages: passagesOf(engine, found) };
}

function agencyTasksAnswer(engine: Engine, u: Understanding, lang: Lang, plans: ParsedPlan[], base: Base, notes: string[]): AnswerResult {
  const ids = new Set(u.agencies);
  const lines: string[] = [];
  const matches: AnswerMatch[] = [];
  for (const p of plans) {
    const leads = p.assignments.filter((a) => a.lead.some((m) => ids.has(m.agencyId)));
    const coords = p.assignments.filter((a) => !leads.includes(a) && a.coordinating.some((m) => ids.has(m.agencyId)));
    if (leads.length === 0 && coords.length === 0) continue;
    lines.push(`📍 ${provinceLabel(p.plan, lang)} – ${planLabel(p.plan, lang)}`);
    const leadMatches = leads.map((a) => toMatch(a, p.plan, engine.agencies));
    matches.push(...leadMatches);
    if (leadMatches.length > 0) {
      lines.push(lang === 'vi' ? `${leadMatches[0]!.lead.join('; ')} chủ trì ${leadMatches.length} nhiệm vụ:` : `${leadMatches[0]!.lead.join('; ')} leads ${leadMatches.length} task(s):`);
      // one or two tasks: most of their text (the duty asked about may come late: "… định kỳ hằng năm gửi báo cáo")
      const max = leadMatches.length <= 2 ? 420 : 160;
      for (const m of leadMatches.slice(0, 8)) lines.push(`• ${m.task.length > max ? `${m.task.slice(0, max - 1)}…` : m.task} (${m.source})`);
      if (leadMatches.length > 8) lines.push(lang === 'vi' ? `… và ${leadMatches.length - 8} nhiệm vụ khác.` : `… and ${leadMatches.length - 8} more.`);
    }
    if (coords.length > 0) {
      // a body that only helps (Hội Khuyến học…) is asked about as often as a lead: show what it helps with
      const coordMatches = coords.map((a) => toMatch(a, p.plan, engine.agencies));
      matches.push(...coordMatches);
      lines.push(lang === 'vi' ? `Phối hợp trong ${coords.length} nhiệm vụ:` : `Coordinates in ${coords.length} task(s):`);
      for (const m of coordMatches.slice(0, 5)) {
        const task = m.task.length > 140 ? `${m.task.slice(0, 139)}…` : m.task;
        lines.push(lang === 'vi' ? `• ${task} (chủ trì: ${m.lead.join('; ')}; ${m.source})` : `• ${task} (lead: ${m.lead.join('; ')}; ${m.source})`);
      }
      if (coordMatches.length > 5) lines.push(lang === 'vi' ? `… và ${coordMatches.length - 5} nhiệm vụ khác: ${compactRefs(coordMatches.slice(5).map((m) => m.source))}` : `… and ${coordMatches.length - 5} more: ${compactRefs(coordMatches.slice(5).map((m) => m.source))}`);
    }
  }
  const missing = plans.filter((p) => p.plan.appendix.referenced && !p.plan.appendix.present).map((p) => missingAppendixText(engine, p, lang));
  if (lines.length === 0) {
    const names = u.agencies.map((id) => engine.agencies.get(id)?.name ?? id).join(', ');
    const text = lang === 'vi'
      ? `Kế hoạch của ${plans.map((p) => p.plan.province).join(', ')} không giao nhiệm vụ nào cho ${names}.`
      : `The plan of ${plans.map((p) => p.plan.province).join(', ')} assigns no task to ${names}.`;
    return { ...base, text: [text, ...missing, ...notes].join('\n'), abstained: true, matches: [], intent: u.intent, passages: [] };
  }
  lines.push(...missing);
  const notesOut = successorNotes(u.agencies, plans.length === 1 ? plans[0]!.plan.province : '', engine.agencies, lang);
  return { ...base, text: [...lines, ...notesOut, ...notes].join('\n'), abstained: false, matches, intent: u.intent, passages: passagesOf(engine, matches) };
}

/** The source passages behind a session's last answer. */
export function passagesFor(engine: Engine, session: string): AnswerResult['passages'] {
  const state = engine.sessions.get(session);
  return state ? passagesOf(engine, state.matches) : [];
}

/** Set a conversation's province (the /tinh picker); later questions without one use it. */
export function setSessionProvince(engine: Engine, session: string, province: string): boolean {
  if (!engine.plansByProvince.has(province)) return false;
  const previous = engine.sessions.get(session);
  engine.sessions.set(session, {
    provinces: [{ named: province, planProvinces: [province], merge: null }],
    notesShown: previous?.notesShown,
    topics: [],
    content: [],
    contentText: '',
    agencies: [],
    intent: 'search',
    matches: previous?.matches.filter((m) => m.province === province) ?? [],
  });
  return true;
}

/**
 * One task of an earlier answer, told again with another focus ("Ai phối hợp?" under that answer):
 * the channel passes the task's id, so the reply is about the message tapped, not the tapper's last
 * question. Null when the task is gone (the plans were reloaded without it).
 */
export function describeAssignment(engine: Engine, assignmentId: string, focus: Focus, lang: Lang): string | null {
  const entry = engine.assignments.get(assignmentId);
  if (!entry) return null;
  const m = toMatch(entry.assignment, entry.plan.plan, engine.agencies);
  return [...matchBlock(m, entry.plan.plan, focus, lang, { ocr: isOcr(entry.plan) }), ...successorNotes(m.leadIds, entry.plan.plan.province, engine.agencies, lang)].join('\n');
}
