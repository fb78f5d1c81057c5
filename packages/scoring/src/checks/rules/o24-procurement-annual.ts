/** O24 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี: the annual procurement report (at least the previous year). */
import { defineRule } from '../kit.js';

const PROCUREMENT = ['จัดซื้อจัดจ้าง', 'จัดหาพัสดุ', 'procurement'];
const REPORT = ['รายงานผล', 'สรุปผล', 'ผลการจัดซื้อจัดจ้าง', 'report'];
const FIGURES = ['จำนวน', 'รายการ', 'โครงการ', 'วงเงิน', 'มูลค่า', 'วิเคราะห์'];

export default defineRule({
  id: 'O24',
  title: { th: 'มีรายงานผลการจัดซื้อจัดจ้างประจำปี', en: 'The annual procurement report' },
  failureTitle: {
    th: 'ไม่พบรายงานผลการจัดซื้อจัดจ้างประจำปีของปีที่กำหนด',
    en: 'No annual procurement report of the required year',
  },
  description: {
    th: 'สรุปการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี อย่างน้อยของปีงบประมาณก่อนหน้า',
    en: 'The annual procurement summary, at least of the previous fiscal year',
  },
  keywords: [
    'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี',
    'รายงานผลการจัดซื้อจัดจ้างประจำปี',
    'รายงานผลการจัดซื้อจัดจ้าง',
    'สรุปผลการจัดซื้อจัดจ้างประจำปี',
    'รายงานผลการจัดหาพัสดุ',
  ],
  excludes: ['รายเดือน', 'รอบเดือน', 'สขร'],
  elements: {
    'annual-report': { content: { groups: [PROCUREMENT, REPORT, FIGURES] } },
    'fiscal-year': 'fiscal-year',
  },
});
