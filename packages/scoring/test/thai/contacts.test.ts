import { describe, expect, it } from 'vitest';
import { findEmails, findPeople, findPhones, findPositions, findPostalAddress } from '../../src/thai/contacts.js';

describe('findPhones', () => {
  it('reads one number labelled for both telephone and fax', () => {
    expect(findPhones('โทรศัพท์/โทรสาร 0-4249-1234')).toEqual([
      expect.objectContaining({ number: '042491234', kind: 'both' }),
    ]);
    expect(findPhones('Tel/Fax: 042 491 234')[0]?.kind).toBe('both');
  });
  it('tells telephone from fax by the label before the number ("โทรสาร" starts with "โทร")', () => {
    const p = findPhones('โทรศัพท์ 0-4249-1234, 0-4249-1235 โทรสาร 0-4249-1236');
    expect(p.map((x) => [x.number, x.kind])).toEqual([
      ['042491234', 'phone'],
      ['042491235', 'phone'],
      ['042491236', 'fax'],
    ]);
    expect(findPhones('แฟกซ์ ๐๔๒ ๔๙๑ ๒๓๔')[0]).toMatchObject({ number: '042491234', kind: 'fax' });
    expect(findPhones('Fax. 02-123-4567')[0]?.kind).toBe('fax');
    // single-letter labels, as business cards write them
    expect(findPhones('T: 0 2123 4567 | F: 0 2123 4568').map((p) => p.kind)).toEqual(['phone', 'fax']);
    expect(findPhones('Section F. ข้อ 3')).toEqual([]);
  });
  it('reads +66, parentheses, extensions, ranges and mobiles', () => {
    expect(findPhones('โทร. +66 42 491 234')[0]?.number).toBe('042491234');
    expect(findPhones('โทร (042) 491234 ต่อ 12')[0]).toMatchObject({ number: '042491234', text: '(042) 491234 ต่อ 12' });
    expect(findPhones('โทร 0-4249-1234-5')[0]?.number).toBe('042491234');
    expect(findPhones('มือถือ 081-234-5678')[0]).toMatchObject({ number: '0812345678', kind: 'mobile' });
    expect(findPhones('ติดต่อ 02 123 4567')[0]?.kind).toBe('unlabelled');
    expect(findPhones('0-4249-1234 (โทรสาร)')[0]?.kind).toBe('fax');
  });
  it('reads a hotline only after a phone label', () => {
    expect(findPhones('สายด่วน 1111')).toEqual([expect.objectContaining({ number: '1111', kind: 'phone' })]);
    expect(findPhones('จำนวน 1111 ราย')).toEqual([]);
  });
  it('does not take dates, years, postcodes or amounts for numbers', () => {
    expect(findPhones('30/09/2564 รหัสไปรษณีย์ 38000 งบประมาณ 1,234,567 บาท ปี 2561-2565')).toEqual([]);
  });
});

describe('findEmails', () => {
  it('reads plain and obfuscated addresses', () => {
    expect(findEmails('อีเมล saraban@buengkan.go.th').map((e) => e.address)).toEqual(['saraban@buengkan.go.th']);
    expect(findEmails('E-mail: saraban[at]buengkan.go.th').map((e) => e.address)).toEqual(['saraban@buengkan.go.th']);
    expect(findEmails('info(at)moph(dot)go(dot)th').map((e) => e.address)).toEqual(['info@moph.go.th']);
    expect(findEmails('contact at school dot ac dot th').map((e) => e.address)).toEqual(['contact@school.ac.th']);
    expect(findEmails('abc ＠ xyz.go.th').map((e) => e.address)).toEqual(['abc@xyz.go.th']);
  });
  it('ignores text that only looks like it', () => {
    expect(findEmails('look at this. ราคา 5 at 10')).toEqual([]);
  });
});

describe('findPostalAddress', () => {
  it('reads a provincial hall address with a postcode', () => {
    const a = findPostalAddress(
      'ศาลากลางจังหวัดบึงกาฬ ถนนบึงกาฬ-นครพนม ตำบลบึงกาฬ อำเภอเมืองบึงกาฬ จังหวัดบึงกาฬ 38000 โทร 0-4249-1234',
    );
    expect(a?.parts).toMatchObject({
      subdistrict: 'ตำบลบึงกาฬ',
      district: 'อำเภอเมืองบึงกาฬ',
      province: 'จังหวัดบึงกาฬ',
      postcode: '38000',
    });
    expect(a?.text.endsWith('38000')).toBe(true);
  });
  it('reads abbreviated and Bangkok forms, Thai digits', () => {
    expect(findPostalAddress('เลขที่ ๙๙ ม.๔ ต.บ้านใหม่ อ.เมือง จ.นครราชสีมา ๓๐๐๐๐')?.parts).toMatchObject({
      moo: 'ม.4',
      postcode: '30000',
    });
    expect(findPostalAddress('173 ถนนดินสอ แขวงเสาชิงช้า เขตพระนคร กรุงเทพมหานคร 10200')?.parts.postcode).toBe('10200');
  });
  it('reads a labelled address without a postcode', () => {
    expect(findPostalAddress('ที่อยู่ หมู่ 5 ตำบลหนองสูง อำเภอหนองสูง จังหวัดมุกดาหาร')).not.toBeNull();
  });
  it('does not take an agency name line or a bare number for an address', () => {
    expect(findPostalAddress('องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง จังหวัดนครราชสีมา')).toBeNull();
    expect(findPostalAddress('มีผู้เข้าชม 38000 ครั้ง')).toBeNull();
  });
});

describe('findPeople', () => {
  it('reads names with titles and ranks', () => {
    expect(findPeople('นายสมชาย ใจดี ผู้ว่าราชการจังหวัด').map((p) => p.name)).toEqual(['สมชาย ใจดี']);
    expect(findPeople('นางสาว มาลี สวยงาม').map((p) => p.title)).toEqual(['นางสาว']);
    expect(findPeople('ดร.นายวิชัย รักเรียน').map((p) => p.name)).toEqual(['วิชัย รักเรียน']);
    expect(findPeople('ว่าที่ร้อยตรีสมศักดิ์ มั่นคง').map((p) => p.name)).toEqual(['สมศักดิ์ มั่นคง']);
    expect(findPeople('พ.ต.อ.ประยุทธ เข้มแข็ง').map((p) => p.name)).toEqual(['ประยุทธ เข้มแข็ง']);
    expect(findPeople('นายแพทย์สมพงษ์ รักษาดี').map((p) => p.name)).toEqual(['สมพงษ์ รักษาดี']);
  });
  it('does not read positions that start like titles as names', () => {
    expect(findPeople('นายกเทศมนตรีตำบลหนองสูง')).toEqual([]);
    expect(findPeople('นายอำเภอเมืองบึงกาฬ')).toEqual([]);
    expect(findPeople('นายแพทย์สาธารณสุขจังหวัดบึงกาฬ')).toEqual([]);
    expect(findPeople('นายช่างโยธา ชำนาญงาน')).toEqual([]);
  });
  it('still reads names that begin with ก after นาย', () => {
    expect(findPeople('นายกมล ศรีสุข').map((p) => p.name)).toEqual(['กมล ศรีสุข']);
  });
});

describe('findPositions', () => {
  const kinds = (s: string) => findPositions(s).map((p) => [p.kind, p.vacant]);
  it('tells heads from deputies and others', () => {
    expect(findPositions('ผู้ว่าราชการจังหวัดบึงกาฬ')[0]).toMatchObject({ kind: 'head', text: 'ผู้ว่าราชการจังหวัดบึงกาฬ' });
    expect(kinds('รองผู้ว่าราชการจังหวัดบึงกาฬ')).toEqual([['deputy', false]]);
    expect(kinds('นายกเทศมนตรีตำบลหนองสูง')).toEqual([['head', false]]);
    expect(kinds('รองนายกองค์การบริหารส่วนตำบล')).toEqual([['deputy', false]]);
    expect(kinds('ปลัดเทศบาล')).toEqual([['other', false]]);
    expect(kinds('ผู้อำนวยการกองคลัง')).toEqual([['other', false]]);
    expect(kinds('ผู้อำนวยการโรงพยาบาลบึงกาฬ')).toEqual([['head', false]]);
    // a hospital's deputy directors head its wings; a division's deputy director is not a deputy head
    expect(kinds('รองผู้อำนวยการฝ่ายการแพทย์')).toEqual([['deputy', false]]);
    expect(kinds('รองผู้อำนวยการกองคลัง')).toEqual([['other', false]]);
    expect(kinds('อธิบดีกรมส่งเสริมการปกครองท้องถิ่น')).toEqual([['head', false]]);
    expect(kinds('ท้องถิ่นจังหวัดบึงกาฬ')).toEqual([['head', false]]);
    expect(kinds('สำนักงานท้องถิ่นจังหวัดบึงกาฬ')).toEqual([]);
    expect(kinds('ปลัดอำเภอ')).toEqual([['deputy', false]]);
  });
  it('sees vacant posts', () => {
    expect(kinds('รองผู้ว่าราชการจังหวัด (ว่าง)')).toEqual([['deputy', true]]);
    expect(kinds('รองนายกเทศมนตรี ตำแหน่งว่าง')).toEqual([['deputy', true]]);
  });
});

describe('findPeople in running text', () => {
  it('reads a name right after a Thai word with no space', () => {
    expect(findPeople('ลงนามโดยนายสมชาย ใจดี').map((p) => p.name)).toEqual(['สมชาย ใจดี']);
    expect(findPeople('อำเภอนางรอง จังหวัดบุรีรัมย์')).toEqual([]);
  });
});
