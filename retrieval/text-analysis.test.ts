import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, isEnglish } from './text-analysis';

// Trimmed from seeds/quang-ngai-2025-kh-29.txt (appendix, line 107) and seeds/son-la-2025-kh-54.txt
// (line 178: the scan lost most diacritics).
const QN_TASK = 'Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống';
const SL_SCAN = 'tao hon; giam thiéu tinh trang tao hén, hdn nhan can huyét thong.';

const vietnameseChars = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƠƯ'];
const noise = [' ', ' ', '\t', '\n', '–', '-', '.', ',', ';', ':', '(', ')', '1', '9', '&', '\u200B'];
const textArb = fc.array(fc.constantFrom(...vietnameseChars, ...noise), { maxLength: 60 }).map((c) => c.join(''));
const anyText = fc.oneof(textArb, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('analyse', () => {
  it('gives accented lower-case syllables, folded syllables and which carried a diacritic', () => {
    const a = analyse(QN_TASK);
    expect(a.accented).toEqual(['giảm', 'thiểu', 'tình', 'trạng', 'tảo', 'hôn', 'hôn', 'nhân', 'cận', 'huyết', 'thống']);
    expect(a.folded).toEqual(['giam', 'thieu', 'tinh', 'trang', 'tao', 'hon', 'hon', 'nhan', 'can', 'huyet', 'thong']);
    expect(a.hasDiacritic.every(Boolean)).toBe(true);
    // one token per syllable, and the offsets cut the syllables back out of the normalised text
    expect(a.tokens.map((t) => a.text.slice(t.start, t.end).toLowerCase())).toEqual(a.accented);
  });

  it('maps đ to d and capitals to lower case, and marks unaccented syllables', () => {
    const a = analyse('Sở Tư pháp ĐẮK LẮK Sơn La');
    expect(a.folded).toEqual(['so', 'tu', 'phap', 'dak', 'lak', 'son', 'la']);
    expect(a.accented).toEqual(['sở', 'tư', 'pháp', 'đắk', 'lắk', 'sơn', 'la']);
    expect(a.hasDiacritic).toEqual([true, true, true, true, true, true, false]);
  });

  it('folds the OCR-damaged scan to the same syllables as the accented plan where the letters survived', () => {
    const a = analyse(SL_SCAN);
    expect(a.folded.slice(0, 2)).toEqual(['tao', 'hon']);
    expect(a.hasDiacritic.slice(0, 2)).toEqual([false, false]);
    expect(a.folded).toContain('thieu'); // "thiéu" → "thieu"
    expect(a.folded).toContain('hen'); // "hén" is damage, not "hôn": folding does not repair it
  });

  it('gives the same analysis for NFD input as for NFC', () => {
    const nfd = QN_TASK.normalize('NFD');
    expect(nfd).not.toBe(QN_TASK);
    const a = analyse(nfd);
    const b = analyse(QN_TASK);
    expect(a.text).toBe(b.text);
    expect(a.accented).toEqual(b.accented);
    expect(a.folded).toEqual(b.folded);
    expect(a.hasDiacritic).toEqual(b.hasDiacritic);
    expect(a.accented.every((s) => s === s.normalize('NFC'))).toBe(true);
  });

  it('stems English words with Porter and leaves Vietnamese syllables alone', () => {
    const a = analyse('Who leads child marriages reporting in Quảng Ngãi?');
    expect(a.stems).toEqual(['who', 'lead', 'child', 'marriag', 'report', 'in', 'quang', 'ngai']);
    expect(analyse('marriage').stems).toEqual(analyse('marriages').stems);
    expect(analyse('coordinates').stems).toEqual(analyse('coordinating').stems);
    // Vietnamese syllables (and tokens with digits) are not stemmed
    expect(analyse('tảo hôn').stems).toEqual(['tao', 'hon']);
    expect(analyse('27/QĐ-TTg').stems).toEqual(['27', 'qd', 'ttg']);
  });

  it('property: folding does not depend on the Unicode normal form', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(analyse(s.normalize('NFD')).folded).toEqual(analyse(s).folded);
        expect(analyse(s.normalize('NFD')).folded).toEqual(analyse(s.normalize('NFC')).folded);
      }),
    );
  });

  it('property: the parallel arrays agree and folded syllables carry no diacritics or capitals', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const a = analyse(s);
        const n = a.tokens.length;
        expect([a.accented.length, a.folded.length, a.stems.length, a.hasDiacritic.length]).toEqual([n, n, n, n]);
        for (const f of a.folded) {
          expect(f).toBe(f.toLowerCase());
          expect(/[\u0300-\u036fđ]/.test(f.normalize('NFD'))).toBe(false);
        }
      }),
    );
  });
});

describe('isEnglish', () => {
  const en = (q: string) => isEnglish(analyse(q));

  it('recognises English questions', () => {
    expect(en('Who leads child marriage prevention in Quang Ngai?')).toBe(true);
    expect(en('Which agency is responsible for early marriage?')).toBe(true);
    expect(en('Who coordinates?')).toBe(true);
  });

  it('recognises English framing around Vietnamese agency and province names', () => {
    expect(en('What does Sở Tư pháp do in Sơn La?')).toBe(true);
    expect(en('Which agency leads Sở Y tế in Đắk Lắk?')).toBe(true);
  });

  it('does not take Vietnamese questions for English, accented or not', () => {
    expect(en('ai chu tri giam tao hon o quang ngai')).toBe(false);
    expect(en('Ai chủ trì giảm tảo hôn ở Quảng Ngãi?')).toBe(false);
    expect(en('Sở Tư pháp làm gì ở Sơn La')).toBe(false);
    expect(en(QN_TASK)).toBe(false);
    expect(en(SL_SCAN)).toBe(false);
  });

  it('needs enough English words when diacritics are present', () => {
    // one English word among Vietnamese ones is not an English question
    expect(en('Sở Tư pháp in Sơn La làm gì')).toBe(false);
  });
});

describe('isEnglish on unaccented Vietnamese (regression)', () => {
  it('does not take Vietnamese syllables that look like English words for English', () => {
    for (const q of ['do ai lam?', 'ai to chuc?', 'an toan tren mang do ai lo o Son La', 'me con di dau']) {
      expect(isEnglish(analyse(q)), q).toBe(false);
    }
    expect(isEnglish(analyse('Who leads?'))).toBe(true);
  });
});
