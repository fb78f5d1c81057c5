/** O20 รายงานผลการใช้จ่ายงบประมาณประจำปี: the annual spending report (at least the previous fiscal year). */
import { defineRule } from '../kit.js';

const SPENDING = ['ใช้จ่ายงบประมาณ', 'เบิกจ่าย', 'รายจ่าย', 'spending'];
const RESULTS = ['ร้อยละ', 'บาท', 'รายจ่ายจริง', 'เบิกจ่ายทั้งสิ้น', 'ผลการใช้จ่าย'];

export default defineRule({
  id: 'O20',
  title: { th: 'มีรายงานผลการใช้จ่ายงบประมาณประจำปี', en: 'The annual spending report' },
  failureTitle: {
    th: 'ไม่พบรายงานผลการใช้จ่ายงบประมาณประจำปีของปีที่กำหนด',
    en: 'No annual spending report of the required year',
  },
  description: {
    th: 'ข้อมูลสรุปการใช้จ่ายงบประมาณตามแผน อย่างน้อยของปีงบประมาณก่อนหน้า',
    en: 'The summary of spending against the plan, at least of the previous fiscal year',
  },
  keywords: [
    'รายงานผลการใช้จ่ายงบประมาณประจำปี',
    'รายงานผลการใช้จ่ายงบประมาณ',
    'รายงานการใช้จ่ายงบประมาณประจำปี',
    'รายงานผลการเบิกจ่ายงบประมาณ',
    'รายงานแสดงผลการดำเนินงาน งบแสดงฐานะการเงิน',
  ],
  excludes: ['6เดือน', 'หกเดือน', 'ครึ่งปี', 'การกำกับติดตาม'],
  elements: {
    report: { content: { groups: [SPENDING, RESULTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
