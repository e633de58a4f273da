import { fold } from '../../corpus/normalise';

/**
 * Messages that report a child in danger get the hotline before anything else. A message is a
 * report (not a question about the plans) when it names harm and either speaks of a real situation
 * (first person, "đang", "hàng xóm", a plea for help) or names a child without asking about the plan.
 */
export const HOTLINE_LINE = 'Gọi ngay Tổng đài 111 (miễn phí, 24/7); khẩn cấp gọi 113.';
export const HOTLINE_LINE_EN = 'Call the national child protection hotline 111 now (free, 24/7); in an emergency call 113.';

const HARM =
  /\b(bi|dang bi|vua bi|da bi)\s+(?:\S+\s+){0,2}?(danh(?! gia)|ep|doa|du|xam hai|hiep|cuong hiep|lam dung|bao hanh|hanh ha|bat coc|bat di|ban|lua ban|du do|quay roi|de doa|nhot|bo doi|bo roi|sam so|so mo|nem|tat|dam)\b|\b(danh dap|bao hanh|hanh ha|xam hai|hiep dam|dam o|bat coc|tu tu|tu sat|bo roi|nguoc dai|danh con|danh chau|danh be|danh dap)\b|\b(chay mau|ep lay chong|ep cuoi|ep ket hon|gui anh nhay cam|anh nong)\b|\b(beaten|beating|beats|abused|abusing|raped|rape|molested|molesting|kidnapped|abducted|trafficked|suicide|locked up|starved|hitting|hit|hurt|hurting|touches|touched|touching|forced to marry|blackmailed|threatened)\b/;
const CHILD = /\b(be|thang be|chau|con|dua tre|dua be|dua nho|tre|em be|hoc sinh|con gai|con trai|tre em|child|children|kid|kids|girl|boy|baby|son|daughter|student|minor)\b/;
const REAL_SITUATION =
  /\b(toi|minh|tui|em|hang xom|nha ben|ben canh|dang|vua|ngay bay gio|hom nay|toi qua|cuu|giup|phai lam gi|lam sao|lam gi|bao ai|goi ai|bao cho ai|o dau|khan cap|next door|neighbou?r|my|right now|i saw|i think|i am|i'm|what should i|what can i|help|urgent|today|tonight)\b/;
const PLAN_QUESTION = /\b(ai chu tri|co quan nao|so nao|nganh nao|don vi nao|who leads|which agency|which department|ke hoach|phoi hop|chu tri|thoi gian nao|thuc hien vao|nhiem vu gi|duoc giao|phu trach|trach nhiem)\b/;

export function reportsChildInDanger(message: string): boolean {
  const f = fold(message);
  if (!HARM.test(f)) return false;
  const real = REAL_SITUATION.test(f);
  if (PLAN_QUESTION.test(f) && !/\b(hang xom|nha ben|ben canh|cuu|khan cap|phai lam gi|next door|neighbou?r|right now|i saw|what should i)\b/.test(f)) return false;
  return real || CHILD.test(f);
}
