/**
 * Contact details and people as Thai agency pages write them.
 *
 * - findPhones(): telephone and fax numbers — "โทรศัพท์/โทรสาร 0-4249-1234" (one number for both), "โทร.", "แฟกซ์",
 *   "Fax", "+66 42 491 234", "(042) 491234", "0-4249-1234-5" (…1234 and …1235), extensions ("ต่อ 12"), Thai digits.
 * - findEmails(): "name@domain", and the forms written against spam: "name[at]domain", "name(at)domain",
 *   "name at domain dot go dot th".
 * - findPostalAddress(): a postal address — เลขที่/หมู่ ถนน ตำบล/แขวง อำเภอ/เขต จังหวัด and a postcode.
 * - findPeople(): names with a title (นาย, นาง, นางสาว, ดร., military and police ranks, …) and a surname.
 * - findPositions(): executive positions — the head (ผู้ว่าราชการจังหวัด, นายอำเภอ, นายก…, อธิบดี, ผู้อำนวยการ…),
 *   deputies (รอง…), others; and whether the post is shown as vacant ("ตำแหน่งว่าง").
 * All take raw text (Thai digits allowed) and return matches in order; none throws.
 */
import { thaiDigitsToArabic } from './normalize.js';

const prep = (s: string) =>
  thaiDigitsToArabic(typeof s === 'string' ? s : '')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u3000]/g, ' ');

// ───────────────────────────── telephone and fax ─────────────────────────────

export type PhoneKind = 'phone' | 'fax' | 'both' | 'mobile' | 'unlabelled';

export interface PhoneMatch {
  /** As written, with its extension. */
  text: string;
  /** Digits only, national form (0…); a hotline keeps its 4 digits. */
  number: string;
  kind: PhoneKind;
  /** The label that gave the kind ("โทรสาร"), if any. */
  label?: string;
  index: number;
}

const BOTH = String.raw`(?:โทรศัพท์|โทร\.?|tel\.?|telephone|phone)\s*(?:\/|และ|หรือ|,|-|–|&)\s*(?:โทรสาร|แฟ็?กซ์?|fax)`;
/** "F:" / "F." is a fax label only as a single letter before a number ("T: 02 … | F: 02 …"). */
const FAX = String.raw`โทรสาร|แฟ็?กซ์?|fax(?:imile)?|facsimile|(?<![A-Za-z])F\s*[:.](?=\s*[+(0-9])`;
const MOBILE = 'โทรศัพท์มือถือ|มือถือ|mobile|โทรศัพท์เคลื่อนที่';
const PHONE = String.raw`หมายเลขโทรศัพท์|โทรศัพท์|โทร\.?|tel\.?|telephone|phone|สายด่วน|hotline|call\s*cent(?:er|re)|(?<![A-Za-z])T\s*[:.](?=\s*[+(0-9])`;
const LABELS = new RegExp(`(${BOTH})|(${FAX})|(${MOBILE})|(${PHONE})`, 'gi');
/** A run that may be a phone number: digits with spaces, dots, hyphens, parentheses; optional +66. */
const NUMBER = /(?<![\d/.,])(\+?\(?\d[\d ().-]{5,22}\d)(?![\d/]|,\d)/g;
const EXTENSION = /^\s*(?:ต่อ|ext\.?|x)\s*(\d{1,5}(?:\s*[-,]\s*\d{1,5})*)/i;
const HOTLINE = /(?<![\d])(1\d{3})(?![\d])/g;

/** Digits of a candidate → a valid Thai number (landline 9 digits, mobile 10), tolerating "-5" range suffixes. */
function phoneDigits(raw: string): string | null {
  const groups = raw.split(/[^\d]+/).filter(Boolean);
  let digits = groups.join('');
  if (digits.startsWith('66') && raw.trim().startsWith('+')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
  else if (digits.startsWith('660') && digits.length === 12) digits = digits.slice(2);
  const ok = (d: string) => /^0[2-7]\d{7}$/.test(d) || /^0[689]\d{8}$/.test(d);
  if (ok(digits)) return digits;
  // "0-4249-1234-5": a range of numbers; keep the first.
  const last = groups[groups.length - 1] ?? '';
  if (groups.length > 1 && last.length <= 2) {
    const head = digits.slice(0, digits.length - last.length);
    if (ok(head)) return head;
  }
  return null;
}

export function findPhones(input: string): PhoneMatch[] {
  const text = prep(input);
  const labels: { index: number; end: number; kind: PhoneKind; text: string }[] = [];
  for (const m of text.matchAll(LABELS)) {
    const kind: PhoneKind = m[1] ? 'both' : m[2] ? 'fax' : m[3] ? 'mobile' : 'phone';
    labels.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind, text: m[0] });
    if (labels.length > 2000) break;
  }
  const out: PhoneMatch[] = [];
  let prevEnd = -1;
  let prevKind: PhoneMatch['kind'] | null = null;
  let prevLabel: string | undefined;
  const labelFor = (at: number): { kind: PhoneKind; text: string } | null => {
    // The nearest label before the number, with nothing but separators between (or the previous number of its list).
    let best: (typeof labels)[number] | null = null;
    for (const l of labels) {
      if (l.end <= at) best = l;
      else break;
    }
    if (best) {
      const gap = text.slice(best.end, at);
      if (gap.length <= 40 && /^[\s:.：\-–()/]*(?:หมายเลข\s*)?[\s:.：\-–()/]*$/i.test(gap)) return best;
    }
    if (prevKind && prevEnd >= 0 && at - prevEnd <= 40) {
      const gap = text.slice(prevEnd, at);
      if (/^[\s,;/]*(?:และ|หรือ|,|\/|or|and)?[\s,;/]*$/i.test(gap)) return { kind: prevKind, text: prevLabel ?? '' };
    }
    return null;
  };
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1] ?? '';
    const number = phoneDigits(raw);
    if (!number) continue;
    const index = m.index ?? 0;
    let end = index + m[0].length;
    const ext = EXTENSION.exec(text.slice(end, end + 30));
    if (ext) end += ext[0].length;
    const label = labelFor(index);
    let kind: PhoneKind = label?.kind ?? (/^0[689]/.test(number) ? 'mobile' : 'unlabelled');
    // A label written after the number: "0-4249-1234 (โทรสาร)".
    const after = /^\s*\(?\s*(โทรสาร|แฟ็?กซ์?|fax)/i.exec(text.slice(end, end + 20));
    if (after && !label) kind = 'fax';
    const match: PhoneMatch = { text: text.slice(index, end).trim(), number, kind, index };
    if (label?.text) match.label = label.text;
    out.push(match);
    prevEnd = end;
    prevKind = label ? kind : null;
    prevLabel = label?.text;
    if (out.length >= 500) break;
  }
  // Four-digit hotlines ("สายด่วน 1111") count only right after a phone label.
  for (const m of text.matchAll(HOTLINE)) {
    const index = m.index ?? 0;
    const label = labels.filter((l) => l.end <= index).pop();
    if (label && (label.kind === 'phone' || label.kind === 'both') && /^[\s:.]*$/.test(text.slice(label.end, index)))
      out.push({ text: m[0], number: m[0], kind: 'phone', label: label.text, index });
  }
  return out.sort((a, b) => a.index - b.index);
}

// ───────────────────────────── e-mail ─────────────────────────────

export interface EmailMatch {
  text: string;
  /** The address with "[at]"/"(dot)" written back as "@"/".", lower case. */
  address: string;
  index: number;
}

const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const AT = String.raw`\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\[@\]|\(@\)|＠|@\s+|\s@|\s+at\s+)\s*`;
const DOT = String.raw`\s*(?:\.|\[\s*dot\s*\]|\(\s*dot\s*\)|\s+dot\s+)\s*`;
const OBFUSCATED = new RegExp(
  `([a-z0-9][a-z0-9._%+-]{0,63})${AT}([a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}[a-z]{2,})(?![a-z0-9])`,
  'gi',
);

export function findEmails(input: string): EmailMatch[] {
  const text = prep(input);
  const out: EmailMatch[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(EMAIL)) {
    const index = m.index ?? 0;
    out.push({ text: m[0], address: m[0].toLowerCase().replace(/\.+$/, ''), index });
    taken.push([index, index + m[0].length]);
    if (out.length >= 200) break;
  }
  for (const m of text.matchAll(OBFUSCATED)) {
    const index = m.index ?? 0;
    if (taken.some(([a, b]) => index < b && index + m[0].length > a)) continue;
    const domain = (m[2] ?? '').replace(new RegExp(DOT, 'gi'), '.');
    out.push({ text: m[0].trim(), address: `${m[1]}@${domain}`.toLowerCase(), index });
    if (out.length >= 200) break;
  }
  return out.sort((a, b) => a.index - b.index);
}

// ───────────────────────────── postal address ─────────────────────────────

export interface PostalAddress {
  text: string;
  index: number;
  parts: {
    house?: string;
    moo?: string;
    road?: string;
    subdistrict?: string;
    district?: string;
    province?: string;
    postcode?: string;
  };
}

const TH = '[\u0e01-\u0e4e]';
const PARTS: [keyof PostalAddress['parts'], RegExp][] = [
  ['house', /(?:เลขที่|บ้านเลขที่)\s*\d+(?:\/\d+)?|(?<![\d/])\d{1,5}\/\d{1,4}(?![\d/])/],
  ['moo', /(?:หมู่(?:ที่)?|ม\.)\s*\d{1,2}(?!\d)/],
  ['road', new RegExp(String.raw`(?:ถนน|ถ\.)\s*${TH}[\u0e01-\u0e4e\d\- ]{1,40}?(?=\s|$|,)`)],
  ['subdistrict', new RegExp(String.raw`(?:ตำบล|ต\.|แขวง)\s*${TH}{2,30}`)],
  ['district', new RegExp(String.raw`(?:อำเภอ|อ\.|เขต)\s*${TH}{2,30}`)],
  ['province', new RegExp(String.raw`(?:จังหวัด|จ\.)\s*${TH}{2,30}|กรุงเทพมหานคร|กรุงเทพฯ|กทม\.?`)],
];
/** A Thai postcode: five digits, the first two a province code 10–96. */
const POSTCODE = /(?<![\d,./-])((?:1[0-9]|[2-8]\d|9[0-6])\d{3})(?![\d,/]|\.\d|-\d)/g;
const ADDRESS_LABEL = /ที่อยู่|ที่ตั้ง|สถานที่ตั้ง|ตั้งอยู่|address/i;

function partsIn(span: string): PostalAddress['parts'] {
  const parts: PostalAddress['parts'] = {};
  for (const [name, re] of PARTS) {
    const m = re.exec(span);
    if (m) parts[name] = m[0].trim();
  }
  return parts;
}

/**
 * The first postal address in a text: a postcode with at least two of road/ตำบล/อำเภอ/จังหวัด before it, or a
 * labelled address ("ที่อยู่ …") with ตำบล, อำเภอ and จังหวัด.
 */
export function findPostalAddress(input: string): PostalAddress | null {
  const text = prep(input);
  for (const m of text.matchAll(POSTCODE)) {
    const end = (m.index ?? 0) + m[0].length;
    const start = Math.max(0, end - 260);
    const span = text.slice(start, end);
    const parts = partsIn(span);
    const count = ['road', 'subdistrict', 'district', 'province'].filter((p) => parts[p as keyof typeof parts]).length;
    if (count >= 2) {
      parts.postcode = m[1] ?? '';
      const firstPart = Math.min(
        ...Object.values(parts)
          .map((p) => span.indexOf(p as string))
          .filter((k) => k >= 0),
      );
      const label = ADDRESS_LABEL.exec(span.slice(0, firstPart));
      const from = start + (label ? label.index : firstPart);
      return { text: text.slice(from, end).trim(), index: from, parts };
    }
  }
  for (const m of text.matchAll(new RegExp(ADDRESS_LABEL.source, 'gi'))) {
    const from = m.index ?? 0;
    const span = text.slice(from, from + 220);
    const parts = partsIn(span);
    if (parts.subdistrict && parts.district && parts.province) {
      const ends = Object.values(parts).map((p) => span.indexOf(p as string) + (p as string).length);
      return { text: span.slice(0, Math.max(...ends)).trim(), index: from, parts };
    }
  }
  return null;
}

// ───────────────────────────── people and positions ─────────────────────────────

export interface PersonMatch {
  /** Title, name and surname as written. */
  text: string;
  title: string;
  name: string;
  index: number;
}

const TITLES = [
  'ว่าที่ร้อยตรีหญิง',
  'ว่าที่ร้อยตรี',
  'ว่าที่ ร.ต.หญิง',
  'ว่าที่ ร.ต.',
  'ว่าที่ร.ต.',
  'ผู้ช่วยศาสตราจารย์',
  'รองศาสตราจารย์',
  'ศาสตราจารย์',
  'พล.ต.อ.',
  'พล.ต.ท.',
  'พล.ต.ต.',
  'พ.ต.อ.',
  'พ.ต.ท.',
  'พ.ต.ต.',
  'ร.ต.อ.',
  'ร.ต.ท.',
  'ร.ต.ต.',
  'จ.ส.ต.',
  'ด.ต.',
  'พลเอก',
  'พลโท',
  'พลตรี',
  'พันเอก',
  'พันโท',
  'พันตรี',
  'ร้อยเอก',
  'ร้อยโท',
  'ร้อยตรี',
  'จ่าสิบเอก',
  'จ่าสิบโท',
  'จ่าสิบตรี',
  'สิบเอก',
  'พ.อ.',
  'พ.ท.',
  'พ.ต.',
  'ร.อ.',
  'ร.ท.',
  'ร.ต.',
  'จ.ส.อ.',
  'ส.อ.',
  'ม.ร.ว.',
  'ม.ล.',
  'นายแพทย์',
  'แพทย์หญิง',
  'ทันตแพทย์หญิง',
  'ทันตแพทย์',
  'เภสัชกรหญิง',
  'เภสัชกร',
  'นพ.',
  'พญ.',
  'ทพ.',
  'ทพญ.',
  'ภก.',
  'ภญ.',
  'ผศ.',
  'รศ.',
  'ศ.',
  'ดร.',
  'นางสาว',
  'น.ส.',
  'นาง',
  'นาย',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Miss',
  'Dr.',
];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Titles may stack ("ดร.นาย", "ผศ.ดร."). */
const TITLE_RE = `(?:(?:${TITLES.map(esc).join('|')})\\s*){1,3}`;
const THAI_NAME = '[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]{1,24}';
const LATIN_NAME = '[A-Z][a-zA-Z-]{1,24}';
const PERSON = new RegExp(
  `(?:(?<![\u0e01-\u0e4e])|(?<=โดย|คือ|ได้แก่|ข้าพเจ้า|ของ|กับ|และ|ท่าน))(${TITLE_RE})(${THAI_NAME}|${LATIN_NAME})\\s{1,3}(${THAI_NAME}|${LATIN_NAME})`,
  'g',
);
/** What follows "นาย"/"นายแพทย์" when it is a position, not a title: นายก…, นายอำเภอ, นายช่าง, นายแพทย์สาธารณสุข… */
const NOT_A_NAME =
  /^(ก(?:เทศมนตรี|องค์การ|รัฐมนตรี|อบต|อบจ|สภา|เมือง|\s|$|ฯ)|อำเภอ|ช่าง|ทะเบียน|สถานี|ตรวจ|ด่าน|แพทย์สาธารณสุข|แพทย์ชำนาญการ|แพทย์เชี่ยวชาญ|ห้าง|ทหาร|ประกัน|จ้าง|หน้าห้อง|งาน|ทุน|หน้า|สาธารณสุข|ชำนาญการ|เชี่ยวชาญ|ปฏิบัติการ)/;
/** Words that end a name: a position written right after the surname without a space is cut off. */
const POSITION_WORDS =
  /(ผู้ว่าราชการ|นายก|รองนายก|นายอำเภอ|ปลัด|ผู้อำนวยการ|รองผู้|อธิบดี|ตำแหน่ง|หัวหน้า|ประธาน|เลขาธิการ|สมาชิก|ผู้ช่วย|นักวิชาการ|นักจัดการ|นักทรัพยากร|นักวิเคราะห์|เจ้าพนักงาน|เจ้าหน้าที่|โทร)/;

export function findPeople(input: string): PersonMatch[] {
  const text = prep(input);
  const out: PersonMatch[] = [];
  for (const m of text.matchAll(PERSON)) {
    const title = (m[1] ?? '').trim();
    const first = m[2] ?? '';
    const lastRaw = m[3] ?? '';
    if (/นาย|แพทย์/.test(title.slice(-8)) && NOT_A_NAME.test(first)) continue;
    if (POSITION_WORDS.test(first.slice(0, 12)) && !/^(นาย|นาง)/.test(title)) continue;
    if (/^(ตำแหน่ง|ผู้|รอง|ปลัด|นายก|หัวหน้า)/.test(first)) continue;
    const cut = POSITION_WORDS.exec(lastRaw);
    const last = cut && cut.index >= 2 ? lastRaw.slice(0, cut.index) : lastRaw;
    if (cut && cut.index < 2) continue;
    const index = m.index ?? 0;
    const written = text.slice(index, index + m[0].length - (lastRaw.length - last.length)).trim();
    out.push({ text: written, title, name: `${first} ${last}`, index });
    if (out.length >= 500) break;
  }
  return out;
}

export type PositionKind = 'head' | 'deputy' | 'other';

export interface PositionMatch {
  /** The position as written, with the agency name that follows ("ผู้ว่าราชการจังหวัดบึงกาฬ"). */
  text: string;
  kind: PositionKind;
  /** The post is shown as vacant ("ตำแหน่งว่าง", "(ว่าง)"). */
  vacant: boolean;
  index: number;
}

/** Heads of agencies, by kind of agency. Matched longest first; "รอง" before any of them makes a deputy. */
const HEAD_TITLES = [
  'ผู้ว่าราชการกรุงเทพมหานคร',
  'ผู้ว่าราชการจังหวัด',
  'นายกองค์การบริหารส่วนจังหวัด',
  'นายกองค์การบริหารส่วนตำบล',
  'นายกเทศมนตรี',
  'นายกเมืองพัทยา',
  'นายก อบจ',
  'นายกอบจ',
  'นายก อบต',
  'นายกอบต',
  'นายอำเภอ',
  'นายแพทย์สาธารณสุขจังหวัด',
  'สาธารณสุขอำเภอ',
  'ปลัดกระทรวง',
  'อธิบดี',
  'อธิการบดี',
  'เลขาธิการ',
  'ผู้บัญชาการ',
  'ผู้บริหารสูงสุด',
  'หัวหน้าส่วนราชการ',
  'ผู้อำนวยการ',
  'ผู้จัดการ',
];
/** Provincial offices' heads are named "<office>จังหวัด": พาณิชย์จังหวัด, ท้องถิ่นจังหวัด, เกษตรจังหวัด … */
const PROVINCIAL_HEAD =
  /(พาณิชย์|ท้องถิ่น|เกษตร|ปศุสัตว์|ประมง|แรงงาน|คลัง|พัฒนาการ|สหกรณ์|ยุติธรรม|ทรัพยากรธรรมชาติและสิ่งแวดล้อม|พัฒนาสังคมและความมั่นคงของมนุษย์|วัฒนธรรม|โยธาธิการและผังเมือง|ป้องกันและบรรเทาสาธารณภัย|สถิติ|สรรพากร|ขนส่ง|ที่ดิน|ศึกษาธิการ|การท่องเที่ยวและกีฬา|อุตสาหกรรม|พลังงาน|ประชาสัมพันธ์)จังหวัด/g;
/** Under a director, a unit (กอง, สำนัก …): the director of a division, not of the agency. */
const UNIT_AFTER_DIRECTOR = /^(กอง|สำนัก(?!งาน)|ส่วน|ฝ่าย|กลุ่ม|ศูนย์|งาน|แผนก|หน่วย)/;
/** A deputy director of a division is not a deputy head; a hospital's "รองผู้อำนวยการฝ่าย…" is. */
const UNIT_AFTER_DEPUTY_DIRECTOR = /^(กอง|สำนัก(?!งาน)|ส่วน|กลุ่ม|งาน|แผนก|หน่วย)/;
const POSITION_RE = new RegExp(
  `(รอง\\s*|ผู้ช่วย\\s*)?(${HEAD_TITLES.map(esc).join('|')}|ปลัดเทศบาล|ปลัดองค์การบริหารส่วนตำบล|ปลัดองค์การบริหารส่วนจังหวัด|ปลัด\\s*อบ[ตจ]|ปลัดอำเภอ|ปลัดจังหวัด|ปลัด)`,
  'g',
);
const VACANT = /^[\s:\-–)(]*(?:\(?\s*(?:ตำแหน่ง)?ว่าง\s*\)?)/;

export function findPositions(input: string): PositionMatch[] {
  const text = prep(input);
  const out: PositionMatch[] = [];
  const push = (index: number, written: string, kind: PositionKind) => {
    // Extend over the agency name that follows without a space ("ผู้ว่าราชการจังหวัดบึงกาฬ", "นายกเทศมนตรีตำบลหนองสูง").
    const tail = /^[\u0e01-\u0e4e]{0,40}/.exec(text.slice(index + written.length))?.[0] ?? '';
    const cutTail = tail.replace(/(ตำแหน่ง)?ว่าง$/, '');
    const full = written + cutTail;
    const rest = text.slice(index + full.length, index + full.length + 30);
    const vacant = VACANT.test(rest) || /ว่าง$/.test(tail) || /ตำแหน่งว่าง/.test(rest.slice(0, 20));
    out.push({ text: full.trim(), kind, vacant, index });
  };
  for (const m of text.matchAll(POSITION_RE)) {
    const index = m.index ?? 0;
    const prefix = (m[1] ?? '').trim();
    const title = m[2] ?? '';
    const after = text.slice(index + m[0].length, index + m[0].length + 20);
    let kind: PositionKind;
    if (title.startsWith('ปลัด')) {
      // A district's deputies are its ปลัดอำเภอ; elsewhere the ปลัด is the permanent secretary (civil service head).
      kind = title === 'ปลัดอำเภอ' && !prefix ? 'deputy' : title === 'ปลัดกระทรวง' && !prefix ? 'head' : 'other';
    } else if (prefix === 'รอง') kind = 'deputy';
    else if (prefix === 'ผู้ช่วย') kind = 'other';
    else if (title === 'ผู้อำนวยการ' && UNIT_AFTER_DIRECTOR.test(after)) kind = 'other';
    else kind = 'head';
    if (prefix === 'รอง' && title === 'ผู้อำนวยการ' && UNIT_AFTER_DEPUTY_DIRECTOR.test(after)) kind = 'other';
    push(index, m[0], kind);
    if (out.length >= 500) break;
  }
  for (const m of text.matchAll(PROVINCIAL_HEAD)) {
    const index = m.index ?? 0;
    if (out.some((p) => index >= p.index && index < p.index + p.text.length)) continue;
    const before = text.slice(Math.max(0, index - 10), index);
    // "สำนักงานเกษตรจังหวัด" is the office, not its head.
    if (/(สำนักงาน|ที่ทำการ|ศาลากลาง)\s*$/.test(before)) continue;
    push(index, m[0], /รอง\s*$/.test(before) ? 'deputy' : 'head');
  }
  return out.sort((a, b) => a.index - b.index);
}
