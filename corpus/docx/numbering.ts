import { xmlTokens } from './xml';

/**
 * Word's automatic numbering ("1.", "a)", "I.", bullets) is not in the paragraph text: it lives in
 * numbering.xml and is drawn by Word. Plans use it for headings and task lists, and the heading tree
 * needs those markers, so they are rendered back into the text: counters per list and level, the
 * level's text pattern ("%1.", "%1.%2.") and number format. Bullets become "-", the plans' own dash.
 */
interface Level {
  fmt: string;
  text: string;
  start: number;
}

export interface Numbering {
  /** the marker for a numbered paragraph (advancing the counters), or null */
  marker(numId: string, ilvl: number): string | null;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

function letter(n: number): string {
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function format(fmt: string, n: number): string {
  switch (fmt) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

export function parseNumbering(xml: string | null): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  if (xml) {
    let currentAbstract: Map<number, Level> | null = null;
    let level: (Level & { ilvl: number }) | null = null;
    let currentNum: { id: string; abstractId: string; overrides: Map<number, number> } | null = null;
    let overrideLvl: number | null = null;
    for (const t of xmlTokens(xml)) {
      if (t.kind === 'open') {
        const v = t.attrs['w:val'];
        if (t.name === 'w:abstractNum') {
          currentAbstract = new Map();
          abstract.set(t.attrs['w:abstractNumId'] ?? '', currentAbstract);
        } else if (t.name === 'w:lvl' && currentAbstract) {
          level = { ilvl: Number(t.attrs['w:ilvl'] ?? 0), fmt: 'decimal', text: '', start: 1 };
        } else if (level && t.name === 'w:numFmt' && v) level.fmt = v;
        else if (level && t.name === 'w:lvlText' && v !== undefined) level.text = v;
        else if (level && t.name === 'w:start' && v) level.start = Number(v);
        else if (t.name === 'w:num') currentNum = { id: t.attrs['w:numId'] ?? '', abstractId: '', overrides: new Map() };
        else if (currentNum && t.name === 'w:abstractNumId' && v) currentNum.abstractId = v;
        else if (currentNum && t.name === 'w:lvlOverride') overrideLvl = Number(t.attrs['w:ilvl'] ?? 0);
        else if (currentNum && overrideLvl !== null && t.name === 'w:startOverride' && v) currentNum.overrides.set(overrideLvl, Number(v));
      } else if (t.kind === 'close') {
        if (t.name === 'w:lvl' && level && currentAbstract) {
          currentAbstract.set(level.ilvl, level);
          level = null;
        } else if (t.name === 'w:abstractNum') currentAbstract = null;
        else if (t.name === 'w:num' && currentNum) {
          nums.set(currentNum.id, currentNum);
          currentNum = null;
        } else if (t.name === 'w:lvlOverride') overrideLvl = null;
      }
    }
  }
  const counters = new Map<string, number[]>();
  return {
    marker(numId, ilvl) {
      const num = nums.get(numId);
      const levels = num ? abstract.get(num.abstractId) : undefined;
      const lvl = levels?.get(ilvl);
      if (!num || !levels || !lvl || lvl.fmt === 'none') return null;
      if (lvl.fmt === 'bullet') return /^[-–+]$/.test(lvl.text) ? lvl.text : '-';
      // counters are per list definition: two numIds over one abstract list continue each other only if Word says so; keep them apart
      const c = counters.get(numId) ?? [];
      const startOf = (l: number) => num.overrides.get(l) ?? levels.get(l)?.start ?? 1;
      c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
      c.length = ilvl + 1; // deeper levels restart
      counters.set(numId, c);
      return lvl.text.replace(/%(\d)/g, (_m, d: string) => {
        const l = Number(d) - 1;
        const value = c[l] ?? startOf(l);
        return format(levels.get(l)?.fmt ?? 'decimal', value);
      });
    },
  };
}

/** Paragraph styles that carry numbering (Heading 1 numbered "I."…): styleId → numId and level. */
export function parseStyleNumbering(xml: string | null): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return out;
  let style: string | null = null;
  let numId: string | null = null;
  let ilvl = 0;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'open') {
      if (t.name === 'w:style') {
        style = t.attrs['w:styleId'] ?? null;
        numId = null;
        ilvl = 0;
      } else if (style && t.name === 'w:numId') numId = t.attrs['w:val'] ?? null;
      else if (style && t.name === 'w:ilvl') ilvl = Number(t.attrs['w:val'] ?? 0);
    } else if (t.kind === 'close' && t.name === 'w:style') {
      if (style && numId && numId !== '0') out.set(style, { numId, ilvl });
      style = null;
    }
  }
  return out;
}
