import { describe, expect, it } from 'vitest';
import { pipeTablesToTabs } from './pipe-tables';

describe('pipeTablesToTabs', () => {
  it('turns a "|" table under a header naming the columns into tab-separated rows, and nothing else', () => {
    const text = [
      'Ghi chú: số liệu | năm 2024 | tạm tính',
      'STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú',
      '1 | Hợp nhất cơ sở dữ liệu về trẻ em. | Sở Y tế | Công an tỉnh | Quý IV/2025 |',
      'I | NHÓM NHIỆM VỤ | | | |',
      'Đoạn văn sau bảng.',
    ].join('\n');
    expect(pipeTablesToTabs(text).split('\n')).toEqual([
      'Ghi chú: số liệu | năm 2024 | tạm tính',
      'STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tGhi chú',
      '1\tHợp nhất cơ sở dữ liệu về trẻ em.\tSở Y tế\tCông an tỉnh\tQuý IV/2025',
      'I\tNHÓM NHIỆM VỤ\t\t\t',
      'Đoạn văn sau bảng.',
    ]);
  });

  it('is the identity on text without such a table', () => {
    const text = 'KẾ HOẠCH\nSở Y tế | chủ trì theo dõi';
    expect(pipeTablesToTabs(text)).toBe(text);
  });
});
