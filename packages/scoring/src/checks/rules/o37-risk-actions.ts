/** O37 การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต: what was done in the fiscal year to manage the assessed risks. */
import { defineRule } from '../kit.js';

const RISK = ['ความเสี่ยง', 'risk'];
const ACTION = ['มาตรการ', 'ดำเนินการ', 'ควบคุม', 'จัดการ', 'ผลการ'];

export default defineRule({
  id: 'O37',
  title: { th: 'มีการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', en: 'Actions managing corruption risks' },
  failureTitle: {
    th: 'ไม่พบการดำเนินการจัดการความเสี่ยงการทุจริตของปีที่กำหนด',
    en: 'No risk-management actions of the required year',
  },
  description: {
    th: 'การดำเนินการหรือกิจกรรมที่แสดงถึงการจัดการความเสี่ยงการทุจริตหรือการขัดกันระหว่างผลประโยชน์ ของปีงบประมาณที่ประเมิน',
    en: 'Actions managing corruption and conflict-of-interest risks, in the assessed fiscal year',
  },
  keywords: [
    'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต',
    'การดำเนินการเพื่อจัดการความเสี่ยง',
    'การจัดการความเสี่ยงการทุจริต',
    'การจัดการความเสี่ยง',
    'มาตรการบริหารจัดการความเสี่ยง',
    'บริหารจัดการความเสี่ยง',
  ],
  elements: {
    'risk-actions': { content: { groups: [RISK, { any: ACTION, min: 2 }] } },
    'fiscal-year': 'fiscal-year',
  },
});
