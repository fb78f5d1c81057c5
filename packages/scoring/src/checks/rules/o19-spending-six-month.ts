/** O19 รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน: spending against the plan at six months. */
import { defineRule } from '../kit.js';

const SPENDING = ['งบประมาณ', 'เบิกจ่าย', 'ใช้จ่าย', 'budget'];
const SIX_MONTHS = ['6 เดือน', 'หกเดือน', 'ครึ่งปี', 'six month', '6 months', 'ไตรมาสที่ 2'];
const RESULTS = ['เบิกจ่าย', 'ร้อยละ', 'คงเหลือ', 'ผลการใช้จ่าย'];

export default defineRule({
  id: 'O19',
  title: { th: 'มีรายงานการใช้จ่ายงบประมาณรอบ 6 เดือน', en: 'The six-month spending report' },
  failureTitle: {
    th: 'ไม่พบรายงานการใช้จ่ายงบประมาณรอบ 6 เดือนของปีที่กำหนด',
    en: 'No six-month spending report of the required year',
  },
  description: {
    th: 'ข้อมูลการกำกับติดตามการใช้จ่ายงบประมาณตามแผน รอบ 6 เดือน ของปีงบประมาณที่ประเมิน',
    en: 'Spending against the plan at six months, of the assessed fiscal year',
  },
  keywords: [
    'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ',
    'รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน',
    'รายงานการใช้จ่ายงบประมาณรอบ 6 เดือน',
    'รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน',
    'รายงานผลการเบิกจ่ายงบประมาณ รอบ 6 เดือน',
  ],
  elements: {
    report: { content: { groups: [SPENDING, SIX_MONTHS, RESULTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
