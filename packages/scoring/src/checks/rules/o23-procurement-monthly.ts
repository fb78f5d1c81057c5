/** O23 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน: the monthly summaries (form สขร. 1) of the fiscal year. */
import { defineRule } from '../kit.js';

const SUMMARY = ['สขร', 'สรุปผลการดำเนินการจัดซื้อจัดจ้าง', 'สรุปผลการจัดซื้อจัดจ้าง', 'ผลการจัดซื้อจัดจ้าง'];
const MONTH = ['รอบเดือน', 'ประจำเดือน', 'รายเดือน', 'เดือน'];
const DETAILS = ['ผู้ได้รับการคัดเลือก', 'ผู้เสนอราคา', 'ราคาที่ตกลง', 'วิธีซื้อ', 'วงเงิน', 'เฉพาะเจาะจง', 'ราคากลาง'];

export default defineRule({
  id: 'O23',
  title: { th: 'มีสรุปผลการจัดซื้อจัดจ้างรายเดือนของปีงบประมาณ', en: 'Monthly procurement summaries of the fiscal year' },
  failureTitle: {
    th: 'ไม่พบสรุปผลการจัดซื้อจัดจ้างรายเดือนของปีที่กำหนด',
    en: 'No monthly procurement summaries of the required year',
  },
  description: {
    th: 'สรุปผลการจัดซื้อหรือจัดจ้างตามแบบ สขร. 1 ของปีงบประมาณที่ประเมิน',
    en: 'Monthly summaries on form สขร. 1, of the assessed fiscal year',
  },
  keywords: [
    'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
    'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
    'สรุปผลการดำเนินการจัดซื้อจัดจ้าง',
    'สรุปผลการจัดซื้อจัดจ้าง',
    'สขร.1',
    'สขร 1',
    'แบบ สขร',
  ],
  excludes: ['ประจำปี', 'รายปี'],
  elements: {
    'monthly-summary': { content: { groups: [SUMMARY, MONTH, DETAILS] } },
    'fiscal-year': 'fiscal-year',
  },
});
