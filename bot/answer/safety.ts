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

/**
 * Asking whom to tell or what to do about a harm that happened ("bị xâm hại … thì báo cho cơ quan
 * nào?"): a report, even in the words of a plan question. "… thì sở nào phụ trách?" is a lookup.
 */
const REPORT_ASK =
  /\b(bao cho|bao voi|bao ai|bao o dau|bao den dau|bao di dau|trinh bao|to giac|to cao|goi ai|goi so nao|goi cho ai|goi dau|lien he ai|lien he voi ai|lien he o dau|lien he dau|cau cuu|phai lam gi|lam sao|lam the nao bay gio|giup voi|giup em|giup toi|cuu|who do i (?:tell|call|report to)|who should i (?:tell|call)|where (?:do|can|should) i report|report (?:it|this|him|her)|what should i do)\b/;

/** Something that happened to a child (not harm named as a topic: "phòng, chống xâm hại trẻ em") */
const EVENT =
  /\b(bi|dang bi|vua bi|da bi)\s+(?:\S+\s+){0,2}?(danh(?! gia)|ep|doa|du|xam hai|hiep|cuong hiep|lam dung|bao hanh|hanh ha|bat coc|bat di|ban|lua ban|du do|quay roi|de doa|nhot|bo doi|bo roi|sam so|so mo|nem|tat|dam)\b|\b(danh con|danh chau|danh be|danh no|tu tu|tu sat|chay mau|ep lay chong|ep cuoi|ep ket hon|gui anh nhay cam|anh nong)\b|\b(is|was|being|been|got|gets|get)\s+(?:\w+\s+)?(beaten|abused|raped|molested|kidnapped|abducted|trafficked|hit|hurt|touched|threatened|blackmailed|locked up|starved)\b|\b(suicide)\b/;
/** a real situation beyond doubt: a neighbour, "I saw", a plea */
const STRONG_REAL = /\b(hang xom|nha ben|ben canh|cuu|khan cap|phai lam gi|toi thay|chau toi|con toi|be nha|em toi|next door|neighbou?r|right now|i saw|what should i)\b/;
/** a lookup of who handles a kind of case: plan words and question words */
const LOOKUP = /\b(ai|phong chong|phong ngua|ngan chan|xu ly|truy to|thoi han|khi nao|bao lau|bao gio|tap huan|nhiem vu|who|which|when|how often)\b/;

/** A report that also asks the plan outright ("… cơ quan nào chủ trì phòng ngừa …"), not whom to tell. */
export function asksThePlan(message: string): boolean {
  const f = fold(message);
  return /\b(chu tri|ke hoach|nhiem vu|phu trach|who leads|which agency leads|the plan)\b/.test(f) && !REPORT_ASK.test(f);
}

export function reportsChildInDanger(message: string): boolean {
  // "trẻ có nguy cơ bị xâm hại" names a risk, not something that happened
  const f = fold(message).replace(/\b(?:co )?nguy co (?:bi )?/g, 'nguy co ');
  if (!HARM.test(f)) return false;
  const event = EVENT.test(f);
  // "bé bị xâm hại … thì báo cho cơ quan nào?": whom to tell about what happened
  if (event && REPORT_ASK.test(f)) return true;
  const strong = STRONG_REAL.test(f);
  // "trẻ bị xâm hại trên mạng thì sở nào phụ trách?", "ai phòng chống xâm hại…": a lookup
  if ((PLAN_QUESTION.test(f) || LOOKUP.test(f)) && !strong) return false;
  if (strong) return true;
  return event && (REAL_SITUATION.test(f) || CHILD.test(f));
}

/** What to do, after the hotline line: short, the same for every report (Luật Trẻ em 2016 names 111 and the police). */
export const REPORT_STEPS_VI = [
  '• Trẻ đang gặp nguy hiểm: gọi 113 (công an); cần cấp cứu: gọi 115.',
  '• Báo ngay cho Tổng đài 111, công an xã, phường nơi gần nhất, hoặc UBND xã, phường (người phụ trách trẻ em).',
  '• Giữ trẻ ở nơi an toàn, tránh xa người gây hại; ghi lại thời gian, địa điểm, sự việc. Không tự đối chất với người gây hại.',
];
export const REPORT_STEPS_EN = [
  '• A child in danger now: call 113 (police); for medical emergencies call 115.',
  '• Report it to the 111 hotline, the nearest commune or ward police, or the commune People\'s Committee (its child protection officer).',
  '• Keep the child somewhere safe, away from the person causing harm; note the time, place and what happened. Do not confront that person yourself.',
];
