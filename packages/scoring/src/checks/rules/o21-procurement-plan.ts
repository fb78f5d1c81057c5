/** O21 แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ: the fiscal year's procurement plan under the 2017 Procurement Act. */
import { defineRule } from '../kit.js';

const PLAN = ['แผนการจัดซื้อจัดจ้าง', 'แผนการจัดหาพัสดุ', 'แผนจัดซื้อจัดจ้าง', 'ผด.2', 'ผด 2', 'procurement plan'];
const DETAILS = ['รายการ', 'วงเงิน', 'งบประมาณ', 'บาท', 'วิธี'];

export default defineRule({
  id: 'O21',
  title: { th: 'มีแผนการจัดซื้อจัดจ้างของปีงบประมาณ', en: 'The procurement plan of the fiscal year' },
  failureTitle: { th: 'ไม่พบแผนการจัดซื้อจัดจ้างของปีที่กำหนด', en: 'No procurement plan of the required year' },
  description: {
    th: 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุตามพระราชบัญญัติการจัดซื้อจัดจ้างฯ พ.ศ. 2560 ของปีงบประมาณที่ประเมิน',
    en: 'The procurement plan under the 2017 Procurement Act, of the assessed fiscal year',
  },
  keywords: ['แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', 'แผนการจัดซื้อจัดจ้าง', 'แผนการจัดหาพัสดุ', 'แผนจัดซื้อจัดจ้าง', 'procurement plan'],
  excludes: ['สรุปผล', 'รายงานผล'],
  elements: {
    'procurement-plan': { content: { groups: [PLAN, DETAILS] } },
    'fiscal-year': 'fiscal-year',
  },
});
