import { describe, expect, it } from 'vitest';
import { splitAgencyCell } from './agency-cell';

describe('splitAgencyCell', () => {
  it('reads "Chủ trì: …" and "Phối hợp: …" paragraphs of one agency cell (blind8/b8-z, a Word cell joined by a space)', () => {
    expect(splitAgencyCell('Chủ trì: Sở Tư pháp Phối hợp: Sở Y tế, các sở, ngành liên quan')).toEqual({ lead: 'Sở Tư pháp', coordinating: 'Sở Y tế, các sở, ngành liên quan', how: 'labels' });
    expect(splitAgencyCell('Chủ trì: Công an Thành phố, Sở Y tế Phối hợp: Viện kiểm sát nhân dân Thành phố, Tòa án nhân dân Thành phố')).toEqual({
      lead: 'Công an Thành phố, Sở Y tế', coordinating: 'Viện kiểm sát nhân dân Thành phố, Tòa án nhân dân Thành phố', how: 'labels',
    });
    expect(splitAgencyCell('Chủ trì: Tòa án nhân dân Thành phố')).toEqual({ lead: 'Tòa án nhân dân Thành phố', coordinating: '', how: 'labels' });
    // the same labels in any wording and with separators
    expect(splitAgencyCell('Cơ quan chủ trì: Sở Y tế; Cơ quan phối hợp: Công an tỉnh.')).toEqual({ lead: 'Sở Y tế', coordinating: 'Công an tỉnh', how: 'labels' });
  });
  it('reads a marked lead anywhere in the list, the rest being partners', () => {
    expect(splitAgencyCell('Công an tỉnh (chủ trì), Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh')).toEqual({ lead: 'Công an tỉnh', coordinating: 'Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh', how: 'mark' });
    expect(splitAgencyCell('Công an tỉnh; Bộ Chỉ huy BĐBP tỉnh (chủ trì); Sở Y tế')).toEqual({ lead: 'Bộ Chỉ huy BĐBP tỉnh', coordinating: 'Công an tỉnh; Sở Y tế', how: 'mark' });
  });
  it('reads the lead before an unlabelled "Phối hợp: …" (blind9/b9-ad, a PDF cell: bold lead, then the partners)', () => {
    expect(splitAgencyCell('Sở Nội vụ Phối hợp: Sở Y tế, UBND các xã, phường')).toEqual({ lead: 'Sở Nội vụ', coordinating: 'Sở Y tế, UBND các xã, phường', how: 'labels' });
    expect(splitAgencyCell('Phối hợp: Sở Y tế')).toBeNull();
  });

  it('leaves a plain list of names alone', () => {
    expect(splitAgencyCell('Sở Y tế, Công an tỉnh')).toBeNull();
    expect(splitAgencyCell('Phối hợp: Sở Y tế')).toBeNull();
  });
});
