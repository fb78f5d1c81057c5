/**
 * Words of the analysis report: headings and table columns in Thai and English (the seed's wording in Thai),
 * agency-type names, fiscal-year phrases and direction words. Renderers and front ends take their labels from
 * here so that the document reads the same everywhere.
 */
import type { LocalText } from '../framework/model.js';
import agencyTypes from './agency-types.json' with { type: 'json' };
import type { Direction, Lang } from './types.js';

const AGENCY_TYPES: Record<string, LocalText> = agencyTypes.types;

/** The Thai and English name of an agency type or ranking group ("province" → จังหวัด); unknown ids as written. */
export function agencyTypeName(id: string | null | undefined): LocalText | null {
  if (!id) return null;
  return AGENCY_TYPES[id] ?? AGENCY_TYPES[id.toLowerCase()] ?? { th: id, en: id };
}

/** "พ.ศ. 2564" / "2021 (B.E. 2564)": a Buddhist-era fiscal year. */
export function fiscalYearText(beYear: number): LocalText {
  return { th: `พ.ศ. ${beYear}`, en: `${beYear - 543} (B.E. ${beYear})` };
}

export const DIRECTION_WORDS: Record<Direction, LocalText> = {
  up: { th: 'สูงขึ้น', en: 'rose' },
  down: { th: 'ลดลง', en: 'fell' },
  same: { th: 'คงที่', en: 'stayed the same' },
};

export interface AnalysisLabels {
  situation: (fy: number) => string;
  overviewColumns: [string, string, string, string, string];
  instrumentAverage: string;
  instrumentSection: (name: string, id: string, fy: number) => string;
  byQuestion: string;
  indicator: (n: number, name: string) => string;
  subIndicator: (id: string, name: string) => string;
  questionColumn: string;
  score: string;
  itemColumns: [string, string, string, string];
  note: string;
  analysisIntro: (fy: number) => string;
  weakHeading: string;
  weakSub: (k: number, name: string, id: string) => string;
  weakItemColumns: [string, string, string];
  lowestQuestions: string;
  adviceLabel: string;
  gainLabel: (points: string) => string;
  noWeakness: string;
  strongHeading: string;
  strongIndicators: string;
  strongItems: string;
  strongItemColumns: [string, string];
  changeHeading: string;
  changeColumns: (prevFy: number | null, fy: number) => [string, string, string, string, string];
  total: string;
  conclusionHeading: string;
  recommendationsHeading: (fy: number) => string;
  atRiskLabel: (points: string) => string;
  discrepanciesHeading: string;
  discrepancyColumns: [string, string, string, string];
  passed: string;
  failed: string;
  unknown: string;
  basisHeading: string;
  warningsHeading: string;
  /** After a reported figure the data does not reproduce: "(ผลที่ประกาศ; คำนวณได้ 98.66)". */
  reportedMark: (computed: string) => string;
}

const TH: AnalysisLabels = {
  situation: (fy) => `สถานการณ์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ${fy}`,
  overviewColumns: ['แบบ', 'น้ำหนัก', 'ตัวชี้วัด', 'ตัวชี้วัดย่อย', 'คะแนน'],
  instrumentAverage: 'คะแนนเฉลี่ย',
  instrumentSection: (name, id, fy) => `${name} (${id}) ประจำปีงบประมาณ พ.ศ. ${fy}`,
  byQuestion: 'จำแนกตามข้อคำถาม ดังนี้',
  indicator: (n, name) => `ตัวชี้วัดที่ ${n} ${name}`,
  subIndicator: (id, name) => `ตัวชี้วัดย่อยที่ ${id} ${name}`,
  questionColumn: 'หัวข้อการประเมิน',
  score: 'คะแนน',
  itemColumns: ['ข้อ', 'ข้อมูล', 'รายละเอียดข้อมูลที่เผยแพร่', 'คะแนน'],
  note: 'หมายเหตุ',
  analysisIntro: (fy) =>
    `จากผลการประเมินระดับคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. ${fy} ดังกล่าวข้างต้น สามารถวิเคราะห์ประเด็นปัญหาในเบื้องต้นได้เป็น 2 ระดับ ดังนี้`,
  weakHeading: '1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน ดังนี้',
  weakSub: (k, name, id) => `1.${k} ${name} (${id})`,
  weakItemColumns: ['ลำดับ', 'ข้อ', 'ข้อสังเกตและแนวทางแก้ไข'],
  lowestQuestions: 'ข้อคำถามที่ได้คะแนนน้อยที่สุด',
  adviceLabel: 'แนวทางแก้ไข',
  gainLabel: (p) => `คะแนนรวมเพิ่มได้ ${p} คะแนน`,
  noWeakness: 'ไม่พบประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน',
  strongHeading: '2. ประเด็นที่จะต้องรักษาผลการดำเนินงานให้คงเดิมและพัฒนาให้ดียิ่งขึ้น ดังนี้',
  strongIndicators: 'ตัวชี้วัดที่มีคะแนนสูง',
  strongItems: 'การเปิดเผยข้อมูล (OIT)',
  strongItemColumns: ['ลำดับที่', 'หัวข้อ / ประเด็นการเปิดเผย'],
  changeHeading: 'เปรียบเทียบกับปีที่ผ่านมา',
  changeColumns: (prev, fy) => ['รายการ', prev ? `พ.ศ. ${prev}` : 'ปีที่ผ่านมา', `พ.ศ. ${fy}`, 'ผลต่าง', 'แนวโน้ม'],
  total: 'คะแนนรวม',
  conclusionHeading: 'สรุปผลการประเมิน',
  recommendationsHeading: (fy) => `ข้อเสนอแนะสำหรับการประเมินประจำปีงบประมาณ พ.ศ. ${fy}`,
  atRiskLabel: (p) => `หากไม่ผ่านจะเสีย ${p} คะแนน`,
  discrepanciesHeading: 'ภาคผนวก: ค่าที่คำนวณได้ต่างจากผลที่ประกาศ',
  discrepancyColumns: ['รายการ', 'คำนวณได้', 'ประกาศ', 'ผลต่าง'],
  passed: 'ผ่าน',
  failed: 'ไม่ผ่าน',
  unknown: 'ไม่มีผล',
  basisHeading: 'ที่มาของตัวเลข',
  warningsHeading: 'คำเตือนเกี่ยวกับข้อมูลที่นำเข้า',
  reportedMark: (c) => `ผลที่ประกาศ; คำนวณได้ ${c}`,
};

const EN: AnalysisLabels = {
  situation: (fy) => `Integrity and Transparency Assessment results, fiscal year ${fy - 543} (B.E. ${fy})`,
  overviewColumns: ['Instrument', 'Weight', 'Indicator', 'Sub-indicator', 'Score'],
  instrumentAverage: 'average',
  instrumentSection: (name, id, fy) => `${name} (${id}), fiscal year ${fy - 543} (B.E. ${fy})`,
  byQuestion: 'By question:',
  indicator: (n, name) => `Indicator ${n}: ${name}`,
  subIndicator: (id, name) => `Sub-indicator ${id}: ${name}`,
  questionColumn: 'Question',
  score: 'Score',
  itemColumns: ['Item', 'Information', 'What must be published', 'Score'],
  note: 'Note',
  analysisIntro: (fy) =>
    `From the Integrity and Transparency Assessment (ITA) results for fiscal year ${fy - 543} (B.E. ${fy}) above, the issues fall into two levels:`,
  weakHeading: '1. Weaknesses to fix first',
  weakSub: (k, name, id) => `1.${k} ${name} (${id})`,
  weakItemColumns: ['No.', 'Item', 'Finding and what to do'],
  lowestQuestions: 'Lowest-scoring questions',
  adviceLabel: 'What to do',
  gainLabel: (p) => `worth up to ${p} points of the total`,
  noWeakness: 'No weaknesses found.',
  strongHeading: '2. Strengths to maintain and build on',
  strongIndicators: 'High-scoring indicators',
  strongItems: 'Information disclosure (OIT)',
  strongItemColumns: ['No.', 'Item disclosed'],
  changeHeading: 'Compared with the previous year',
  changeColumns: (prev, fy) => ['', prev ? `${prev - 543}` : 'Previous year', `${fy - 543}`, 'Change', 'Direction'],
  total: 'Total',
  conclusionHeading: 'Conclusion',
  recommendationsHeading: (fy) => `Recommendations for fiscal year ${fy - 543} (B.E. ${fy})`,
  atRiskLabel: (p) => `${p} points at stake if it fails`,
  discrepanciesHeading: 'Appendix: computed figures that differ from the reported ones',
  discrepancyColumns: ['Figure', 'Computed', 'Reported', 'Difference'],
  passed: 'pass',
  failed: 'fail',
  unknown: 'no result',
  basisHeading: 'Where the figures come from',
  warningsHeading: 'Warnings about the input',
  reportedMark: (c) => `reported; computed ${c}`,
};

export function analysisLabels(lang: Lang = 'th'): AnalysisLabels {
  return lang === 'en' ? EN : TH;
}
