/** O18 แผนการใช้จ่ายงบประมาณประจำปี: the fiscal year's spending plan, with amounts. */
import { defineRule } from '../kit.js';

const PLAN = ['แผนการใช้จ่าย', 'แผนใช้จ่าย', 'แผนการเบิกจ่าย', 'spending plan'];
const AMOUNTS = ['งบประมาณ', 'บาท', 'ไตรมาส', 'budget'];

export default defineRule({
  id: 'O18',
  title: { th: 'มีแผนการใช้จ่ายงบประมาณประจำปี', en: 'The annual spending plan' },
  failureTitle: { th: 'ไม่พบแผนการใช้จ่ายงบประมาณของปีที่กำหนด', en: 'No spending plan of the required year' },
  description: {
    th: 'แผนการใช้จ่ายงบประมาณประจำปี พร้อมรายละเอียด ของปีงบประมาณที่ประเมิน',
    en: 'The annual spending plan with details, of the assessed fiscal year',
  },
  keywords: [
    'แผนการใช้จ่ายงบประมาณประจำปี',
    'แผนการใช้จ่ายงบประมาณ',
    'แผนการใช้จ่ายเงินงบประมาณ',
    'แผนการเบิกจ่ายงบประมาณ',
    'spending plan',
  ],
  excludes: ['รายงาน', '6เดือน'],
  elements: {
    plan: { content: { groups: [PLAN, AMOUNTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
