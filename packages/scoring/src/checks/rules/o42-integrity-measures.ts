/**
 * O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน: the analysis of the previous ITA result — its weak points — and
 * the measures taken for them (who, how, when), of the fiscal year.
 */
import { defineRule } from '../kit.js';

const ANALYSIS = ['ผลการประเมิน', 'วิเคราะห์', 'analysis'];
const WEAKNESS = [
  'ita',
  'คุณธรรมและความโปร่งใส',
  'คะแนน',
  'จุดอ่อน',
  'ข้อบกพร่อง',
  'ประเด็นที่ต้องพัฒนา',
  'จุดที่ต้องพัฒนา',
  'ต้องแก้ไข',
];
const MEASURES = ['มาตรการ', 'measure'];
const MEASURE_DETAILS = [
  'ขั้นตอน',
  'ผู้รับผิดชอบ',
  'ระยะเวลา',
  'แนวทาง',
  'ดำเนินการ',
  'แต่งตั้ง',
  'ปรับปรุง',
  'พัฒนา',
  'เผยแพร่',
  'กำกับ',
];

export default defineRule({
  id: 'O42',
  title: {
    th: 'มีมาตรการส่งเสริมคุณธรรมและความโปร่งใสจากการวิเคราะห์ผลการประเมิน',
    en: 'Integrity measures from the ITA analysis',
  },
  failureTitle: {
    th: 'ไม่พบการวิเคราะห์ผลการประเมินและมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีที่กำหนด',
    en: 'No ITA analysis and integrity measures of the required year',
  },
  description: {
    th: 'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส จุดอ่อนที่ต้องพัฒนา และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของปีงบประมาณที่ประเมิน',
    en: 'The analysis of the ITA result and its weak points, and the integrity measures, of the assessed fiscal year',
  },
  keywords: [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'มาตรการส่งเสริมคุณธรรม',
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    'การวิเคราะห์ผลการประเมิน ita',
    'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส',
    'มาตรการ ita',
  ],
  excludes: ['การดำเนินการตามมาตรการ', 'ผลการดำเนินการตามมาตรการ', 'รายงานการดำเนินการ'],
  elements: {
    analysis: { content: { groups: [ANALYSIS, WEAKNESS] } },
    measures: { content: { groups: [MEASURES, { any: MEASURE_DETAILS, min: 1 }] } },
    'fiscal-year': 'fiscal-year',
  },
});
