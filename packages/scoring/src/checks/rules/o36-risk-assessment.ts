/** O36 การประเมินความเสี่ยงการทุจริตประจำปี: the fiscal year's corruption-risk assessment, with the risks and their levels. */
import { defineRule } from '../kit.js';

const RISK = ['ความเสี่ยง', 'risk'];
const LEVELS = [
  'ระดับความเสี่ยง',
  'ประเด็นความเสี่ยง',
  'เหตุการณ์ความเสี่ยง',
  'โอกาส',
  'ผลกระทบ',
  'สูง',
  'ปานกลาง',
  'ต่ำ',
  'level',
];

export default defineRule({
  id: 'O36',
  title: { th: 'มีการประเมินความเสี่ยงการทุจริตประจำปี', en: 'The annual corruption-risk assessment' },
  failureTitle: {
    th: 'ไม่พบการประเมินความเสี่ยงการทุจริตของปีที่กำหนด',
    en: 'No corruption-risk assessment of the required year',
  },
  description: {
    th: 'การประเมินความเสี่ยงของการดำเนินงานที่อาจก่อให้เกิดการทุจริตหรือการขัดกันระหว่างผลประโยชน์ส่วนตนกับส่วนรวม ของปีงบประมาณที่ประเมิน',
    en: 'The assessment of corruption and conflict-of-interest risks in the agency’s work, of the assessed fiscal year',
  },
  keywords: [
    'การประเมินความเสี่ยงการทุจริตประจำปี',
    'การประเมินความเสี่ยงการทุจริต',
    'ประเมินความเสี่ยงการทุจริต',
    'การประเมินความเสี่ยง',
    'รายงานการประเมินความเสี่ยง',
    'risk assessment',
  ],
  excludes: ['การดำเนินการเพื่อจัดการ', 'การจัดการความเสี่ยง', 'ผลการดำเนินการ', 'บริหารจัดการความเสี่ยง'],
  elements: {
    'risk-assessment': { content: { groups: [RISK, { any: LEVELS, min: 2 }] } },
    'fiscal-year': 'fiscal-year',
  },
});
