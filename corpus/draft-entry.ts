import { fold, normaliseText } from './normalise';
import type { ManifestEntry } from './manifest';
import { findPlaceDate } from './plan-facts';
import { provinceKey, sameProvince } from './province-name';
import type { ParsedPlan } from './schema';
import { splitLines } from './lines';

/**
 * A manifest entry drafted from a plan's own text (add-plan): number, date, kind, decision
 * implemented and period as the parser read them; the province from the "<Tỉnh>, ngày …" line or
 * the issuing body ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"), written as the province list writes it. What
 * the text does not give (a province it never names) must come from the officer, with evidence.
 */
export interface Draft {
  entry: ManifestEntry | null;
  /** how each field was found, for the review report */
  evidence: string[];
  /** what the officer must supply before the plan can be added */
  missing: string[];
  /** contradictions that stop the plan being added */
  problems: string[];
}

const pad = (n: number | null) => (n === null ? null : String(n).padStart(2, '0'));

export function slugify(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The province a text names in its header or place-date line, in the list's spelling. */
export function provinceInText(content: string, provinces: readonly string[]): { province: string; line: number; how: string } | null {
  const lines = splitLines(content).slice(0, 40);
  const byKey = new Map(provinces.map((p) => [provinceKey(p), p] as const));
  const lookup = (raw: string) => byKey.get(provinceKey(raw)) ?? null;
  const pd = findPlaceDate(lines.slice(0, 15).map((l) => ({ no: l.no, text: l.text.replace(/\t/g, ' ') })));
  if (pd?.place) {
    const p = lookup(pd.place);
    if (p) return { province: p, line: pd.line, how: `dòng ${pd.line}: "${normaliseText(pd.place)}, ngày …"` };
  }
  for (const l of lines) {
    for (const cell of l.text.split('\t')) {
      const m = /(?:uy ban nhan dan|ubnd|hoi dong nhan dan)\s+(tinh|thanh pho)\s+(.+)$/.exec(fold(cell));
      if (!m) continue;
      const start = fold(cell).indexOf(m[2]!);
      const p = lookup(normaliseText(cell).slice(start));
      if (p) return { province: p, line: l.no, how: `dòng ${l.no}: cơ quan ban hành "${normaliseText(cell)}"` };
    }
  }
  return null;
}

export function draftEntry(content: string, parsed: ParsedPlan, provinces: readonly string[], given: string | null): Draft {
  const { plan } = parsed;
  const evidence: string[] = [];
  const missing: string[] = [];
  const problems: string[] = [];
  const named = provinceInText(content, provinces);
  let province: string | null = null;
  let inferred = false;
  let provinceEvidence: string | null = null;
  // "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh" and "TP Hồ Chí Minh" are one city: compared without the prefix
  const givenCanonical = given ? provinces.find((p) => sameProvince(p, given)) ?? normaliseText(given) : null;
  if (named) {
    province = named.province;
    evidence.push(`Tỉnh: ${named.province} (${named.how})`);
    if (givenCanonical && !sameProvince(givenCanonical, named.province)) {
      problems.push(`Văn bản ghi tỉnh ${named.province} (${named.how}) nhưng lệnh thêm ghi --province ${given}. Kiểm tra lại tệp hoặc bỏ --province.`);
    }
  } else if (givenCanonical) {
    province = givenCanonical;
    inferred = true;
    provinceEvidence = `Văn bản không ghi tên tỉnh; cán bộ thêm kế hoạch cho biết là ${givenCanonical} (add-plan --province).`;
    evidence.push(`Tỉnh: ${givenCanonical} (suy ra: văn bản không ghi tên tỉnh, theo --province)`);
  } else {
    missing.push('Văn bản không ghi tên tỉnh (không có dòng "<Tỉnh>, ngày … tháng … năm …" hay "ỦY BAN NHÂN DÂN TỈNH …"). Cho biết tỉnh bằng --province "Tên tỉnh".');
  }
  if (!plan.implements) missing.push('Không thấy quyết định được triển khai (…/QĐ-TTg).');
  const date = [plan.issuedDate.year, pad(plan.issuedDate.month), pad(plan.issuedDate.day)].filter((x) => x !== null).join('-');
  evidence.push(`Số: ${plan.documentNumber ?? '(để trống)'}; ngày ban hành: ${date}; triển khai ${plan.implements.number}${plan.implements.date ? ` ngày ${plan.implements.date}` : ''}; giai đoạn: ${plan.period ?? '(không ghi)'}`);
  if (!province || problems.length > 0 || missing.length > 0) return { entry: null, evidence, missing, problems };
  const kind = plan.documentKind === 'Kế hoạch' ? 'kh' : 'qd';
  const id = [slugify(province), String(plan.issuedDate.year), kind, plan.documentNumber ? plan.documentNumber.split('/')[0]! : 'so-trong'].join('-');
  return {
    entry: {
      id,
      file: `${id}.txt`,
      province,
      provinceInferred: inferred,
      provinceEvidence,
      documentKind: plan.documentKind,
      documentNumber: plan.documentNumber,
      issuedDate: date,
      period: plan.period,
      implements: plan.implements,
    },
    evidence,
    missing,
    problems,
  };
}
