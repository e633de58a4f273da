import { fold } from '../../corpus/normalise';
import type { ParsedPlan } from '../../corpus/schema';

/**
 * A question that names the plan itself rather than (or as well as) the province: by its number
 * ("Kế hoạch 54/KH-UBND", "kế hoạch số 29"), by its year ("theo kế hoạch năm 2014", "kế hoạch 2025"),
 * or by the decision it implements ("535/QĐ-TTg", "Quyết định 27"). The plans it names, or null when
 * it names none (or none of those given). Pure.
 */
export function selectPlans(question: string, plans: readonly ParsedPlan[]): { plans: ParsedPlan[]; words: string[] } | null {
  const s = namedPlans(question, plans);
  return s && s.plans.length > 0 ? s : null;
}

/** The same, also when the question names a plan none of these is ("Quảng Ngãi có kế hoạch thực hiện Quyết định 535 không?"): an empty list. */
export function namedPlans(question: string, plans: readonly ParsedPlan[]): { plans: ParsedPlan[]; words: string[] } | null {
  const f = fold(question).replace(/\s+/g, ' ');
  const picked = new Set<ParsedPlan>();
  let named = false;
  // the numbers that named the plan: not words of the task asked about
  const words: string[] = [];
  // a document number: "54/KH-UBND", "kế hoạch số 54", "quyết định 1487/QĐ-UBND"
  for (const m of f.matchAll(/\b(\d{1,5})\s*\/\s*(?:kh|qd)\s*-?\s*ubnd\b|\b(?:ke hoach|quyet dinh|kh|qd)\s+(?:so\s+)?(\d{1,5})\b(?!\s*\/\s*qd\s*-?\s*ttg)(?!\s*(?:nam|\/))/g)) {
    const n = m[1] ?? m[2]!;
    if (/^(19|20)\d\d$/.test(n) && !m[1]) continue; // "kế hoạch 2014" is a year
    named = true;
    words.push(n);
    for (const p of plans) if (p.plan.documentNumber && new RegExp(`^${n}\\s*/`).test(p.plan.documentNumber)) picked.add(p);
  }
  // the decision implemented: "535/QĐ-TTg", "quyết định 27"
  for (const m of f.matchAll(/\b(\d{1,4})\s*\/\s*qd\s*-?\s*ttg\b|\bquyet dinh\s+(?:so\s+)?(\d{1,4})\b(?!\s*\/\s*(?:kh|qd)\s*-?\s*ubnd)/g)) {
    const n = m[1] ?? m[2]!;
    named = true;
    words.push(n);
    for (const p of plans) if (new RegExp(`^${n}\\s*/`).test(p.plan.implements.number)) picked.add(p);
  }
  // the plan's year: "kế hoạch năm 2014", "theo kế hoạch 2025", "kế hoạch ban hành năm 2014"
  for (const m of f.matchAll(/\bke hoach\s+(?:(?:ban hanh|ra)\s+)?(?:nam\s+)?((?:19|20)\d\d)\b/g)) {
    named = true;
    words.push(m[1]!);
    for (const p of plans) if (p.plan.issuedDate.year === Number(m[1])) picked.add(p);
  }
  if (!named) return null;
  return { plans: plans.filter((p) => picked.has(p)), words };
}
