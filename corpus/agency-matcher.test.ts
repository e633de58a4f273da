import { describe, expect, it } from 'vitest';
import { createAgencyMatcher } from './agency-matcher';
import { AGENCIES } from './data/agencies';
import { seedCorpus } from './test-support/seed-corpus';

const matcher = createAgencyMatcher(AGENCIES);

describe('a name across a comma', () => {
  it('runs across one only where its own spelling has one', () => {
    expect(matcher.resolveLoose('Sở LĐ-TB&XH, Hội Bảo trợ người tàn tật và trẻ mồ côi tỉnh')?.map((m) => m.text)).toEqual(['Sở LĐ-TB&XH', 'Hội Bảo trợ người tàn tật và trẻ mồ côi tỉnh']);
    expect(matcher.resolveLoose('Sở Văn hóa, Thể thao và Du lịch')?.map((m) => m.agencyId)).toEqual(['so-vhttdl']);
  });
});
const one = (text: string) => matcher.resolveList(text)?.map((m) => m.agencyId) ?? null;

describe('canonical agencies', () => {
  it('resolve the accented names and the abbreviations the plans use', () => {
    expect(one('Sở Lao động – Thương binh và Xã hội')).toEqual(['so-ldtbxh']);
    expect(one('Sở Lao động - Thương binh và Xã hội')).toEqual(['so-ldtbxh']);
    expect(one('Sở Lao động – TB và XH')).toEqual(['so-ldtbxh']);
    expect(one('Sở LĐTBXH;')).toEqual(['so-ldtbxh']);
    expect(one('Sở TT và Truyền thông')).toEqual(['so-tttt']);
    expect(one('Sở Văn hóa - Thể thao và Du lịch')).toEqual(['so-vhttdl']);
    expect(one('Ban Dân tộc – Tôn giáo')).toEqual(['ban-dan-toc-ton-giao']);
    expect(one('UBND tỉnh')).toEqual(['ubnd-tinh']);
    expect(one('Ủy ban nhân dân tỉnh')).toEqual(['ubnd-tinh']);
  });

  it('resolve the OCR forms of the Sơn La scan without listing them', () => {
    // none of these spellings is an alias in corpus/data/agencies.ts
    const ocr: Array<[string, string]> = [
      ['Sé Tw phap', 'so-tu-phap'],
      ["S6'Y té", 'so-y-te'],
      ['Ban Dan tgc', 'ban-dan-toc'],
      ['S¢ Lao dong - Thuwong binh va Xa hoi', 'so-ldtbxh'],
      ['So Lao - Thirong binh va Xa héi', 'so-ldtbxh'],
      ['Sé Giao duc va Pao tao', 'so-gddt'],
      ["S6' Viin héa, The thao va Du lich", 'so-vhttdl'],
      ['Sé Thong tin va Truyén thdng', 'so-tttt'],
      ['B9 Chi huy B¢ ddi Bién phong tinh', 'bo-chi-huy-bdbp-tinh'],
      ['Sé Tai nguyén va Méi trudng', 'so-tnmt'],
      ['Sé Ndi vu', 'so-noi-vu'],
      ['S& Ké hoach va Pau tu', 'so-khdt'],
      ['S& Tai chinh', 'so-tai-chinh'],
      ['Vién Kiém sat nhan dan tinh', 'vien-kiem-sat-tinh'],
      ['Cuc Thong ké tinh', 'cuc-thong-ke-tinh'],
    ];
    const aliases = new Set(AGENCIES.flatMap((a) => [a.name, ...a.aliases]));
    for (const [text, id] of ocr) {
      expect(aliases.has(text)).toBe(false);
      expect(one(text), text).toEqual([id]);
    }
  });

  it('keep groups as groups', () => {
    expect(one('Các sở, ngành, Hội đoàn thể liên quan')).toEqual(['nhom-so-nganh-hoi-doan-the']);
    expect(one('UBND các huyện, thị xã, thành phố')).toEqual(['nhom-ubnd-huyen']);
    expect(one('Uy ban nhén dan cac huyén, thi xa, thanh phd')).toEqual(['nhom-ubnd-huyen']);
    expect(one('Cac sé, ban, nganh c6 lién quan')).toEqual(['nhom-so-nganh']);
    expect(AGENCIES.filter((a) => a.id.startsWith('nhom-')).every((a) => a.kind === 'group')).toBe(true);
  });

  it('split lists, with or without separators', () => {
    expect(one('Sở LĐTBXH Các sở, ngành liên quan')).toEqual(['so-ldtbxh', 'nhom-so-nganh']);
    expect(one('Ban Dân tộc; Sở TT và Truyền thông')).toEqual(['ban-dan-toc', 'so-tttt']);
    expect(one('Văn phòng UBND tỉnh, Sở Tư pháp, Sở Kế hoạch và Đầu tư, Sở Tài chính')).toEqual([
      'van-phong-ubnd-tinh',
      'so-tu-phap',
      'so-khdt',
      'so-tai-chinh',
    ]);
    expect(one('Các sở, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố')).toEqual(['nhom-so-nganh', 'nhom-ubnd-huyen']);
  });

  it('find the agencies a sentence starts with, and stop before the verb', () => {
    const r = matcher.resolvePrefix('Giao Sở Lao động – Thương binh và Xã hội chủ trì triển khai');
    expect(r?.mentions.map((m) => m.agencyId)).toEqual(['so-ldtbxh']);
    expect(r?.text.slice(r.endOffset).trim()).toBe('chủ trì triển khai');
    const s = matcher.resolvePrefix('So Lao - Thirong binh va Xa héi tong hop) trude ngay 30/11');
    expect(s?.mentions[0]?.text).toBe('So Lao – Thirong binh va Xa héi');
  });

  it('refuse what is not an agency instead of guessing', () => {
    expect(one('Căn cứ nhiệm vụ được phân công')).toBeNull();
    expect(one('Quỹ Bảo trợ trẻ em tỉnh')).toBeNull();
    expect(one('Hội Người mù tỉnh')).toBeNull();
    expect(one('')).toBeNull();
    expect(matcher.resolvePrefix('Thường xuyên trong năm')).toBeNull();
  });
});

describe('the registry every province shares (corpus/data/agencies.json)', () => {
  const strict = createAgencyMatcher(AGENCIES, { known: () => true, knownWordCost: Infinity });
  const exact = (text: string) => strict.resolveList(text)?.map((m) => m.agencyId) ?? null;

  it('knows the bodies a province has after the 2025 reorganisation', () => {
    expect(one('Hội Nông dân tỉnh')).toEqual(['hoi-nong-dan-tinh']);
    expect(one('Tỉnh đoàn')).toEqual(['tinh-doan']);
    expect(one('Hội LHPN tỉnh')).toEqual(['hoi-lhpn-tinh']);
    expect(one('Bảo hiểm xã hội tỉnh')).toEqual(['bhxh-tinh']);
    expect(one('Bộ Chỉ huy Quân sự tỉnh')).toEqual(['bo-chi-huy-quan-su-tinh']);
    expect(one('Sở Dân tộc và Tôn giáo')).toEqual(['so-dan-toc-ton-giao']);
    expect(one('Các sở, ban, ngành, đoàn thể tỉnh; UBND các xã, phường')).toEqual(['nhom-so-ban-nganh-doan-the-tinh', 'nhom-ubnd-xa']);
  });

  it('never merges two real bodies whose names differ by a word', () => {
    expect(exact('Sở Nông nghiệp và Môi trường')).toEqual(['so-nn-mt']);
    expect(exact('Sở Tài nguyên và Môi trường')).toEqual(['so-tnmt']);
    expect(exact('Ban Dân tộc – Tôn giáo')).toEqual(['ban-dan-toc-ton-giao']);
    expect(exact('Sở Dân tộc – Tôn giáo')).toEqual(['so-dan-toc-ton-giao']);
    expect(exact('Bộ Chỉ huy Quân sự tỉnh')).toEqual(['bo-chi-huy-quan-su-tinh']);
    expect(exact('Bộ Chỉ huy Bộ đội Biên phòng tỉnh')).toEqual(['bo-chi-huy-bdbp-tinh']);
    // an unknown body next to a known one is not read as it
    expect(exact('Trung tâm Bảo trợ xã hội tỉnh')).not.toEqual(['trung-tam-ctxh-tinh']);
  });

  it('gives each agency one entry and each spelling one owner', () => {
    const ids = AGENCIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owners = new Map<string, Set<string>>();
    for (const a of AGENCIES) for (const n of [a.name, ...a.aliases]) (owners.get(n.toLowerCase()) ?? owners.set(n.toLowerCase(), new Set()).get(n.toLowerCase())!).add(a.id);
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });
});

describe('the seed corpus', () => {
  it('resolves every lead and coordinating agency to a registry entry', async () => {
    const corpus = await seedCorpus();
    const ids = new Set(corpus.agencies.map((a) => a.id));
    for (const { assignments } of corpus.plans) {
      for (const a of assignments) {
        expect(a.lead.length, a.source.ref).toBeGreaterThan(0);
        for (const m of [...a.lead, ...a.coordinating]) expect(ids.has(m.agencyId), `${a.source.file}:${a.source.lineStart} ${m.text}`).toBe(true);
      }
    }
  });

  it('attaches the 2025 successor to the agencies facts-2025.md covers', async () => {
    const corpus = await seedCorpus();
    const get = (id: string) => corpus.agencies.find((a) => a.id === id)!;
    expect(get('so-ldtbxh').successors.map((s) => s.name)).toContain('Sở Y tế');
    expect(get('so-ldtbxh').successors.find((s) => s.name === 'Sở Y tế')?.effective).toBe('2025-03-01');
    expect(get('so-tttt').successors[0]?.name).toBe('Sở Khoa học và Công nghệ');
    expect(get('so-khdt').successors[0]?.name).toBe('Sở Tài chính');
    expect(get('so-tnmt').successors[0]?.name).toBe('Sở Nông nghiệp và Môi trường');
    expect(get('ban-dan-toc').successors[0]?.provinces).toEqual(['Sơn La']);
    expect(get('nhom-ubnd-huyen').successors[0]?.effective).toBe('2025-07-01');
    for (const a of corpus.agencies) for (const s of a.successors) expect(s.source.length).toBeGreaterThan(5);
  });
});

describe('names qualified by a place', () => {
  it('keeps a province name after a body\'s name in that name ("Tỉnh đoàn Hà Tĩnh"), and splits a list', () => {
    const m = createAgencyMatcher(AGENCIES, { known: () => true, knownWordCost: Infinity, placeNames: new Set(['ha tinh', 'lao cai']) });
    expect(m.resolveLoose('Tỉnh đoàn Hà Tĩnh')).toEqual([{ agencyId: 'tinh-doan', text: 'Tỉnh đoàn Hà Tĩnh' }]);
    expect(m.resolveLoose('Sở Y tế; Tỉnh đoàn')).toEqual([{ agencyId: 'so-y-te', text: 'Sở Y tế' }, { agencyId: 'tinh-doan', text: 'Tỉnh đoàn' }]);
    expect(m.resolveLoose('Tỉnh đoàn; Hà Tĩnh')?.length).toBe(2);
  });
});

describe('provincial bodies written with the province or "thành phố" for "tỉnh"', () => {
  const places = new Set(['cao bang', 'hai phong', 'nghe an', 'son la']);
  const accented = createAgencyMatcher(AGENCIES, { known: () => true, knownWordCost: Infinity, placeNames: places });
  const loose = (t: string) => accented.resolveLoose(t)?.map((m) => [m.agencyId, m.text]);

  it('reads the province\'s name or a municipality\'s "thành phố" as the provincial body', () => {
    expect(loose('Báo và Phát thanh, Truyền hình Cao Bằng')).toEqual([['bao-va-ptth-tinh', 'Báo và Phát thanh, Truyền hình Cao Bằng']]);
    expect(loose('Công an tỉnh Cao Bằng')).toEqual([['cong-an-tinh', 'Công an tỉnh Cao Bằng']]);
    expect(loose('Công an thành phố; Hội Liên hiệp Phụ nữ thành phố')).toEqual([['cong-an-tinh', 'Công an thành phố'], ['hoi-lhpn-tinh', 'Hội Liên hiệp Phụ nữ thành phố']]);
    expect(loose('Thành đoàn')).toEqual([['tinh-doan', 'Thành đoàn']]);
  });

  it('keeps a city\'s capitalised "Thành phố" after a group in its name, as "tỉnh" is (blind8/b8-z, TP. Hồ Chí Minh)', () => {
    expect(loose('các sở, ban, ngành Thành phố và UBND các phường, xã, đặc khu')).toEqual([['nhom-so-ban-nganh-cap-tinh', 'các sở, ban, ngành Thành phố'], ['nhom-ubnd-xa', 'UBND các phường, xã, đặc khu']]);
  });

  it('never lets an abbreviation or a lone "tỉnh" take a place name', () => {
    expect(loose('Sở Y tế tỉnh Nghệ An')).toEqual([['so-y-te', 'Sở Y tế tỉnh Nghệ An']]);
    expect(loose('tỉnh Nghệ An')).toEqual([[null, 'tỉnh Nghệ An']]);
    expect(loose('Cảng vụ Đường thủy nội địa thành phố')).toEqual([[null, 'Cảng vụ Đường thủy nội địa thành phố']]);
  });
});
