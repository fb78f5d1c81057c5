/**
 * The analysis, against the seed (Bueng Kan FY2564's own analysis, shared/seeds/000_046bf0bce6eb4094.txt) and a
 * synthetic failing agency whose recommendations must follow the what-if gains.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Analysis,
  AssessmentError,
  analysis,
  analyseAssessment,
  analyseFile,
  formatScore,
  getFramework,
  parseAssessment,
  previousFromReport,
  readPrevious,
  score,
  whatIf,
} from '../src/index.js';

const seed = () =>
  JSON.parse(readFileSync(new URL('../data/assessments/bueng-kan-2564.json', import.meta.url), 'utf8'));
const fw = getFramework('nacc-ita-2564');

function analyse(input: unknown, options: Parameters<typeof analyseFile>[1] = {}): Analysis {
  const r = analyseFile(input, options);
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  if (!r.analysis) throw new Error('no analysis');
  return r.analysis;
}

/** Walks a value and lists everything JSON would lose or change: undefined, functions, NaN, Infinity, class instances. */
function notJson(value: unknown, path = '$'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, k) => notJson(v, `${path}[${k}]`));
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return [`${path}: ${Object.prototype.toString.call(value)}`];
    return Object.entries(value).flatMap(([k, v]) => notJson(v, `${path}.${k}`));
  }
  return [`${path}: ${typeof value}`];
}

describe('analysis of the seed (Bueng Kan FY2564)', () => {
  const a = analyse(seed());

  it('is plain JSON that survives a round trip', () => {
    expect(notJson(a)).toEqual([]);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.version).toBe(1);
  });

  it('uses the reported figures for the narrative and says so', () => {
    expect(a.basis).toBe('reported');
    expect(a.standing.total).toMatchObject({ value: 99.6, source: 'reported', display: '99.60' });
    expect(formatScore(a.standing.total.computed)).toBe('99.61');
    expect(a.basisNote.th).toContain('ผลคะแนนที่ประกาศอย่างเป็นทางการ');
    expect(a.basisNote.th).toContain('3 รายการ');
    expect(a.discrepancies.map((d) => d.path)).toEqual(
      expect.arrayContaining(['indicators.6', 'instruments.EIT', 'total']),
    );
  });

  it('has the overview table: instruments with weights and averages, indicators, OIT sub-indicators', () => {
    expect(a.overview.map((i) => [i.id, i.weight, i.score?.display])).toEqual([
      ['IIT', 0.3, '99.74'],
      ['EIT', 0.3, '98.94'],
      ['OIT', 0.4, '100.00'],
    ]);
    const ind = a.overview.flatMap((i) => i.indicators.map((d) => `${d.number} ${d.name.th} ${d.score?.display}`));
    expect(ind).toEqual([
      '1 การปฏิบัติหน้าที่ 100.00',
      '2 การใช้งบประมาณ 99.77',
      '3 การใช้อำนาจ 99.77',
      '4 การใช้ทรัพย์สินของราชการ 99.77',
      '5 การแก้ไขปัญหาการทุจริต 99.42',
      '6 คุณภาพการดำเนินงาน 98.61',
      '7 ประสิทธิภาพการสื่อสาร 99.15',
      '8 การปรับปรุงระบบการทำงาน 99.06',
      '9 การเปิดเผยข้อมูล 100.00',
      '10 การป้องกันการทุจริต 100.00',
    ]);
    expect(a.overview[2]?.indicators[0]?.subIndicators.map((s) => s.id)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5']);
    expect(a.overview[2]?.indicators[1]?.subIndicators.map((s) => [s.id, s.score?.value])).toEqual([
      ['10.1', 100],
      ['10.2', 100],
    ]);
  });

  it('has the IIT and EIT question tables with answer shares and scores', () => {
    expect(a.questions.map((s) => `${s.instrument}${s.indicator}`)).toEqual([
      'IIT1',
      'IIT2',
      'IIT3',
      'IIT4',
      'IIT5',
      'EIT6',
      'EIT7',
      'EIT8',
    ]);
    const q = (id: string) => a.questions.flatMap((s) => s.questions).find((x) => x.id === id);
    expect(q('e1')?.answers).toHaveLength(1);
    expect(q('e1')?.answers[0]?.shares?.map((s) => formatScore(s))).toEqual(['0.00', '0.00', '3.07', '96.93']);
    expect(q('e1')?.score?.display).toBe('98.99');
    expect(q('e12')?.score?.display).toBe('98.52');
    expect(q('i4')?.answers.map((x) => [x.part, x.shares, x.score])).toEqual([
      [1, [0, 100], 100],
      [2, [0, 100], 100],
      [3, [0, 100], 100],
    ]);
    expect(q('i4')?.parts.map((p) => p.reversed)).toEqual([true, true, true]);
    expect(q('e6')?.answers.map((x) => formatScore(x.score))).toEqual(['98.72', '98.92']);
    expect(q('e6')?.score?.source).toBe('computed'); // the seed prints no question score for e6
    expect(a.scales['four-level']?.map((o) => o.th)).toEqual(['น้อยที่สุด/ไม่มีเลย', 'น้อย', 'มาก', 'มากที่สุด']);
    expect(a.scales['yes-no']?.map((o) => o.th)).toEqual(['มี', 'ไม่มี']);
  });

  it('has the OIT items by sub-indicator with their requirement text, group and score', () => {
    expect(a.items.map((s) => `${s.id}:${s.groups.reduce((n, g) => n + g.items.length, 0)}`)).toEqual([
      '9.1:9',
      '9.2:8',
      '9.3:7',
      '9.4:4',
      '9.5:5',
      '10.1:8',
      '10.2:2',
    ]);
    const items = a.items.flatMap((s) => s.groups.flatMap((g) => g.items));
    expect(items.every((i) => i.score === 100 && i.status === 'pass')).toBe(true);
    expect(a.items[0]?.groups[0]?.name.th).toBe('ข้อมูลพื้นฐาน');
    const o5 = items.find((i) => i.id === 'O5');
    expect(o5?.requirement.th).toContain('ที่อยู่');
    expect(items.find((i) => i.id === 'O42')?.weight).toBeCloseTo(5, 9);
  });

  it('1. weak points: EIT indicator 6 at the reported 98.61, lowest of EIT, with its advice', () => {
    const [first] = a.weaknesses.instruments;
    expect(first?.instrument).toBe('EIT');
    const ind6 = first?.indicators[0];
    expect(ind6).toMatchObject({ number: 6, lowestInInstrument: true, lowestOverall: true, belowPassMark: false });
    expect(ind6?.score).toMatchObject({ value: 98.61, source: 'reported', display: '98.61' });
    expect(ind6?.score.computed).toBeCloseTo(98.661, 3);
    expect(ind6?.text.th).toBe(
      'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน มีคะแนนเท่ากับ 98.61 คะแนน พบว่ามีคะแนนน้อยที่สุดในกลุ่มเครื่องมือ',
    );
    // The seed's advice for indicator 6, word for word, from the framework data.
    expect(ind6?.advice?.th).toBe(fw.indicators.find((i) => i.number === 6)?.advice?.th);
    expect(ind6?.advice?.th).toContain('ยึดหลักตามมาตรฐานขั้นตอน ตามระยะเวลาที่กำหนด');
    expect(ind6?.questions.map((q) => [q.id, q.score.display])).toEqual([['e2', '97.70']]);
    expect(ind6?.gain).toBeCloseTo((100 - 98.61) * 0.1, 9);
    // IIT's lowest comes after: indicator 5 at 99.42.
    expect(a.weaknesses.instruments.map((w) => [w.instrument, w.indicators.map((i) => i.number)])).toEqual([
      ['EIT', [6]],
      ['IIT', [5]],
    ]);
    expect(a.weaknesses.instruments[1]?.indicators[0]?.lowestOverall).toBe(false);
  });

  it("1.2 OIT: O17 E-Service and O26 with the consultants' notes and the items' advice", () => {
    const notes = seed().itemNotes as Record<string, string>;
    expect(a.weaknesses.items.map((i) => [i.rank, i.id, i.reason, i.status])).toEqual([
      [1, 'O17', 'noted', 'pass'],
      [2, 'O26', 'noted', 'pass'],
    ]);
    expect(a.weaknesses.items[0]?.note?.th).toBe(notes.O17);
    expect(a.weaknesses.items[0]?.note?.th).toContain('สร้าง Banner ระบุกระบวนการที่เป็น e-service');
    expect(a.weaknesses.items[1]?.note?.th).toBe(notes.O26);
    expect(a.weaknesses.items[1]?.name.th).toBe('การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล');
    expect(a.weaknesses.items[0]?.advice?.th).toBe(fw.items.find((i) => i.id === 'O17')?.advice?.th);
    expect(a.weaknesses.items.map((i) => [i.gain, i.risk])).toEqual([
      [0, 0.5],
      [0, 1],
    ]);
  });

  it('2. what to maintain: all 43 items, O1 to O43 in order, and the strong indicators', () => {
    expect(a.strengths.items).toHaveLength(43);
    expect(a.strengths.items.map((i) => i.id)).toEqual(Array.from({ length: 43 }, (_, k) => `O${k + 1}`));
    expect(a.strengths.items.map((i) => i.rank)).toEqual(Array.from({ length: 43 }, (_, k) => k + 1));
    expect(a.strengths.items.filter((i) => i.noted).map((i) => i.id)).toEqual(['O17', 'O26']);
    expect(a.strengths.indicators.map((i) => `${i.instrument}${i.number}`)).toEqual(['IIT1', 'EIT7', 'OIT9', 'OIT10']);
  });

  it('states the level and rank: AA, first among provinces, and that the pass mark of 85 is met', () => {
    expect(a.standing.level).toEqual({ value: 'AA', source: 'reported', computed: 'AA', reported: 'AA' });
    expect(a.standing.rank).toEqual({ position: 1, group: 'province', groupName: { th: 'จังหวัด', en: 'province' } });
    expect(a.summary.th).toContain('มีผลการประเมินฯ 99.60 คะแนน');
    expect(a.summary.th).toContain('ระดับ AA และมีคะแนนสูงเป็นอันดับที่ 1 ของประเทศ ในการประเมินประเภทจังหวัด');
    expect(a.standing.text.th).toContain(
      '(ประเภทจังหวัด) 99.60 คะแนน ระดับผลการประเมิน AA และมีคะแนนสูงเป็นอันดับที่ 1 ของประเทศ ในการประเมินประเภทจังหวัด',
    );
    expect(a.pass).toMatchObject({ passMark: 85, met: true, fixesToPass: 0 });
    expect(a.pass.margin).toBeCloseTo(14.6, 9);
    expect(a.pass.text.th).toContain('ผ่านเกณฑ์การประเมิน 85 คะแนน');
    expect(a.nextYear.fiscalYear).toBe(2565);
    expect(a.nextYear.text.th).toContain('ประจำปีงบประมาณ พ.ศ. 2565');
    expect(a.nextYear.text.th).toContain('ผ่านเกณฑ์การประเมินไม่ต่ำกว่า 85 คะแนน ควรดำเนินการตามประเด็น ดังต่อไปนี้');
    expect(a.change).toBeNull();
  });

  it("recommends from the weak indicators' and noted items' advice, most valuable first", () => {
    expect(a.recommendations.map((r) => [r.rank, r.kind, r.target, r.reason])).toEqual([
      [1, 'indicator', '6', 'weak-indicator'],
      [2, 'indicator', '5', 'weak-indicator'],
      [3, 'item', 'O26', 'noted'], // passes, but a note puts 1 point at stake
      [4, 'item', 'O17', 'noted'], // 0.5 at stake
    ]);
    expect(a.recommendations[0]?.advice.th).toBe(fw.indicators.find((i) => i.number === 6)?.advice?.th);
    expect(a.recommendations[2]?.note?.th).toBe(seed().itemNotes.O26);
  });

  it('writes English too', () => {
    expect(a.title.en).toContain('Bueng Kan Province');
    expect(a.standing.text.en).toContain('level AA, ranked no. 1 in the country');
    expect(a.weaknesses.instruments[0]?.indicators[0]?.text.en).toContain('the lowest of the instrument');
  });
});

describe('figures: reported when given, computed otherwise', () => {
  it('ranks on the reported figures: a reported indicator 7 of 98.00 becomes the weakest of EIT', () => {
    const s = seed();
    s.reported.indicators['7'] = 98.0;
    const a = analyse(s);
    const eit = a.weaknesses.instruments.find((w) => w.instrument === 'EIT');
    expect(eit?.indicators.map((i) => [i.number, i.score.display])).toEqual([[7, '98.00']]);
    // computed, 7 is 99.16 and 6 is the lowest: the narrative follows the reported figures
    expect(eit?.indicators[0]?.score.computed).toBeCloseTo(99.156, 3);
  });

  it('uses computed figures and says they are not official when nothing is reported', () => {
    const s = seed();
    delete s.reported;
    const a = analyse(s);
    expect(a.basis).toBe('computed');
    expect(a.basisNote.th).toContain('ยังไม่ใช่ผลที่ประกาศอย่างเป็นทางการ');
    expect(a.standing.total).toMatchObject({ source: 'computed', reported: null, display: '99.61' });
    expect(a.standing.rank).toBeNull();
    expect(a.summary.th).not.toContain('อันดับ');
    const ind6 = a.weaknesses.instruments[0]?.indicators[0];
    expect([ind6?.number, ind6?.score.display, ind6?.score.source]).toEqual([6, '98.66', 'computed']);
    expect(a.discrepancies).toEqual([]);
  });

  it("is data-driven: another agency's name, type and rank group end up in every sentence", () => {
    const s = seed();
    s.agency = {
      name: { th: 'เทศบาลตำบลทดสอบ', en: 'Test Subdistrict Municipality' },
      type: 'subdistrict-municipality',
    };
    s.reported.rank = 12;
    s.reported.rankGroup = 'subdistrict-municipality';
    delete s.itemNotes;
    const a = analyse(s);
    const json = JSON.stringify(a);
    expect(json).not.toMatch(/บึงกาฬ|Bueng Kan|buengkan/);
    expect(a.summary.th).toContain('เทศบาลตำบลทดสอบ');
    expect(a.standing.text.th).toContain('อันดับที่ 12 ของประเทศ ในการประเมินประเภทเทศบาลตำบล');
    expect(a.weaknesses.items).toEqual([]);
    expect(a.recommendations.map((r) => r.target)).toEqual(['6', '5']);
  });
});

describe('a failing agency: recommendations ranked by what-if gain', () => {
  const input = {
    framework: 'nacc-ita-2564',
    agency: { name: 'หน่วยงานตัวอย่าง' },
    indicators: { 1: 90, 2: 88, 3: 92, 4: 70, 5: 85, 6: 80, 7: 86, 8: 84 },
    oit: Object.fromEntries(
      Array.from({ length: 43 }, (_, k) => `O${k + 1}`).map((id) => [
        id,
        !['O5', 'O17', 'O26', 'O36', 'O42', 'O43'].includes(id),
      ]),
    ),
    itemNotes: { O17: 'ลิงก์ E-Service ไปยังเว็บไซต์อื่นโดยไม่ระบุบริการ' },
  };
  const { assessment } = parseAssessment(input);
  if (!assessment) throw new Error('invalid synthetic assessment');
  const { analysis: a, report } = analyseAssessment(assessment);

  it('fails the pass mark at 77.31, level B', () => {
    expect(formatScore(report.total)).toBe('77.31');
    expect(a.standing.level.value).toBe('B');
    expect(a.pass.met).toBe(false);
    expect(a.pass.text.th).toContain('ยังไม่ผ่านเกณฑ์การประเมิน 85 คะแนน (ต่ำกว่าเกณฑ์ 7.69 คะแนน)');
  });

  it('lists the failed items, most valuable first, with gains equal to the what-if rescoring', () => {
    expect(a.weaknesses.items.map((i) => i.id)).toEqual(['O42', 'O43', 'O36', 'O26', 'O17', 'O5']);
    const wi = new Map(whatIf(assessment).entries.map((e) => [e.item, e]));
    for (const i of a.weaknesses.items) {
      expect(i.reason).toBe('failed');
      expect(i.gain, i.id).toBeCloseTo(wi.get(i.id)?.gain ?? Number.NaN, 9);
    }
    expect(a.weaknesses.items.find((i) => i.id === 'O17')?.note?.th).toContain('ลิงก์ E-Service');
  });

  it('lists the weak indicators per instrument: the lowest, and every one below 85', () => {
    expect(
      a.weaknesses.instruments.map((w) => [
        w.instrument,
        w.indicators.map((i) => [i.number, i.lowestInInstrument, i.belowPassMark]),
      ]),
    ).toEqual([
      ['IIT', [[4, true, true]]],
      [
        'EIT',
        [
          [6, true, true],
          [8, false, true],
        ],
      ],
    ]);
    expect(a.weaknesses.instruments[0]?.indicators[0]?.lowestOverall).toBe(true);
    expect(a.weaknesses.instruments[1]?.indicators[1]?.text.th).toContain('ซึ่งต่ำกว่าเกณฑ์ 85 คะแนน');
  });

  it('ranks all recommendations by gain: O42, O43 (5 each), indicators 6, 4, 8, then O36, O26, O17, O5', () => {
    expect(a.recommendations.map((r) => r.target)).toEqual(['O42', 'O43', '6', '4', '8', 'O36', 'O26', 'O17', 'O5']);
    const gains = a.recommendations.map((r) => r.gain);
    expect([...gains].sort((x, y) => y - x)).toEqual(gains);
    expect(gains.slice(0, 6).map((g) => formatScore(g))).toEqual(['5.00', '5.00', '2.00', '1.80', '1.60', '1.25']);
    expect(a.recommendations[0]?.advice.th).toBe(fw.items.find((i) => i.id === 'O42')?.advice?.th);
    expect(a.recommendations[2]?.advice.th).toBe(fw.indicators.find((i) => i.number === 6)?.advice?.th);
  });

  it('says how many fixes reach the pass mark, and rescoring agrees', () => {
    expect(a.pass.fixesToPass).toBe(2);
    const fixed = (ids: string[]) =>
      score({ ...assessment, items: { ...assessment.items, ...Object.fromEntries(ids.map((id) => [id, true])) } });
    expect(fixed(['O42']).pass).toBe(false);
    expect(fixed(['O42', 'O43']).pass).toBe(true);
    expect(formatScore(fixed(['O42', 'O43']).total)).toBe(formatScore(report.total + 10));
    expect(a.pass.text.th).toContain('หากดำเนินการตามข้อเสนอแนะ 2 ลำดับแรก');
  });

  it('shows no question tables when only indicator scores are given', () => {
    expect(a.questions).toEqual([]);
    expect(a.basis).toBe('computed');
  });
});

describe('published indicator scores only (Trat FY2564, METHOD.md)', () => {
  const trat = {
    framework: 'nacc-ita-2564',
    agency: { name: { th: 'จังหวัดตราด', en: 'Trat Province' }, type: 'province' },
    indicators: { 1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56 },
  };
  const a = analyse(trat);

  it('scores 81.45, level B, below the pass mark', () => {
    expect(a.standing.total.display).toBe('81.45');
    expect(a.standing.level.value).toBe('B');
    expect(a.pass.met).toBe(false);
    expect(a.summary.th).toContain('จังหวัดตราด มีผลการประเมินฯ 81.45 คะแนน ซึ่งถือว่ามีคุณธรรมและความโปร่งใสในการดำเนินงานระดับ B');
  });

  it('finds the OIT weakest (both indicators below 85), then IIT 2 and EIT 8', () => {
    expect(a.weaknesses.instruments.map((w) => [w.instrument, w.indicators.map((i) => i.number)])).toEqual([
      ['OIT', [10, 9]],
      ['IIT', [2]],
      ['EIT', [8]],
    ]);
    expect(a.weaknesses.items).toEqual([]);
    expect(
      a.items.flatMap((s) => s.groups.flatMap((g) => g.items)).every((i) => i.status === 'unknown' && i.score === null),
    ).toBe(true);
  });

  it('recommends by gain, and one fix (indicator 10 to 100) would reach the pass mark', () => {
    expect(a.recommendations.map((r) => [r.target, formatScore(r.gain)])).toEqual([
      ['10', '6.89'],
      ['9', '5.42'],
      ['8', '1.14'],
      ['2', '0.74'],
    ]);
    expect(a.recommendations[0]?.advice.th).toBe(fw.indicators.find((i) => i.number === 10)?.advice?.th);
    expect(a.pass.fixesToPass).toBe(1);
  });
});

describe('change from the previous year', () => {
  const previous = {
    fiscalYear: 2563,
    total: 95.12,
    level: 'AA',
    instruments: { IIT: 99.9, EIT: 95, OIT: 100 },
    indicators: { 1: 100, 5: 99.42, 6: 97.5, 9: 100 },
  };

  it('compares total, instruments and indicators with direction words', () => {
    const a = analyse(seed(), { previous });
    const c = a.change;
    expect(c?.previousFiscalYear).toBe(2563);
    expect(c?.total).toMatchObject({
      current: 99.6,
      previous: 95.12,
      direction: 'up',
      word: { th: 'สูงขึ้น', en: 'rose' },
    });
    expect(c?.total.delta).toBeCloseTo(4.48, 9);
    expect(c?.instruments.map((x) => [x.key, x.direction, x.word.th])).toEqual([
      ['IIT', 'down', 'ลดลง'],
      ['EIT', 'up', 'สูงขึ้น'],
      ['OIT', 'same', 'คงที่'],
    ]);
    expect(c?.indicators.map((x) => [x.key, x.direction])).toEqual([
      ['1', 'same'],
      ['5', 'same'],
      ['6', 'up'],
      ['9', 'same'],
    ]);
    expect(c?.level).toEqual({ current: 'AA', previous: 'AA' });
    expect(c?.text.th).toContain(
      'ผลการประเมิน ITA ในปีงบประมาณ พ.ศ. 2564 ของ จังหวัดบึงกาฬ มีผลคะแนนสูงขึ้นเมื่อเปรียบเทียบกับปีที่ผ่านมา',
    );
    expect(c?.text.th).toContain('ปีงบประมาณ พ.ศ. 2563 95.12 คะแนน');
    expect(c?.text.th).toContain('+4.48');
  });

  it('takes a previous ScoreReport too, and falls for a lower total', () => {
    const prevInput = seed();
    delete prevInput.reported;
    delete prevInput.itemNotes;
    prevInput.oit.O1 = 0;
    const prev = analyseFile(prevInput).report;
    if (!prev) throw new Error('no previous report');
    const worse = seed();
    worse.oit.O42 = 0;
    delete worse.reported;
    const a = analyse(worse, { previous: prev });
    expect(a.change?.total.direction).toBe('down');
    expect(a.change?.total.word.th).toBe('ลดลง');
    expect(a.change?.text.th).toContain('มีผลคะแนนลดลง');
    expect(previousFromReport(prev).total).toBeCloseTo(prev.total, 12);
  });

  it('reads a previous result from a file, naming every problem by its path', () => {
    expect(readPrevious(previous)).toEqual({ previous, issues: [] });
    const bad = readPrevious({ total: 120, indicators: { 1: 'x' }, extra: 1 });
    expect(bad.previous).toBeNull();
    expect(bad.issues.map((i) => i.path).sort()).toEqual(['(root)', 'indicators.1', 'total']);
    const fromAssessment = readPrevious(seed());
    expect(fromAssessment.previous).toMatchObject({ fiscalYear: 2564, total: 99.6, level: 'AA' });
    const badAssessment = seed();
    badAssessment.iit.i27 = [0, 4.44, 0, 100];
    expect(readPrevious(badAssessment).issues.map((i) => i.path)).toEqual(['iit.i27']);
  });
});

describe('item notes', () => {
  it('come from the file or the caller; the caller overrides', () => {
    const a = analyse(seed(), { notes: { O17: { th: 'หมายเหตุใหม่', en: 'a new note' }, o5: 'ขาดแผนที่' } });
    expect(a.weaknesses.items.map((i) => [i.id, i.note?.th])).toEqual([
      ['O5', 'ขาดแผนที่'],
      ['O17', 'หมายเหตุใหม่'],
      ['O26', seed().itemNotes.O26],
    ]);
  });

  it('name unknown items by path, in the file and from the caller', () => {
    const s = seed();
    s.itemNotes.O99 = 'x';
    expect(analyseFile(s).issues.map((i) => `${i.path} ${i.code}`)).toEqual(['itemNotes.O99 unknown-id']);
    const r = analyseFile(seed(), { notes: { X1: 'y' } });
    expect(r.analysis).toBeNull();
    expect(r.issues.map((i) => i.path)).toEqual(['notes.X1']);
    const report = analyseFile(seed()).report;
    if (!report) throw new Error('no report');
    expect(() => analysis(report, null, { notes: { O44: 'z' } })).toThrow(AssessmentError);
  });
});
