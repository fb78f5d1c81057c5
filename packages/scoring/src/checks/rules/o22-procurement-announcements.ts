/** O22 ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง: invitations, award announcements … of the fiscal year. */
import { defineRule } from '../kit.js';

const ANNOUNCEMENT = ['ประกาศ', 'announcement'];
const PROCUREMENT = [
  'ประกวดราคา',
  'เชิญชวน',
  'ผู้ชนะ',
  'e-bidding',
  'สอบราคา',
  'ราคากลาง',
  'จัดซื้อ',
  'จัดจ้าง',
  'เฉพาะเจาะจง',
];

export default defineRule({
  id: 'O22',
  title: { th: 'มีประกาศเกี่ยวกับการจัดซื้อจัดจ้างของปีงบประมาณ', en: 'Procurement announcements of the fiscal year' },
  failureTitle: { th: 'ไม่พบประกาศการจัดซื้อจัดจ้างของปีที่กำหนด', en: 'No procurement announcements of the required year' },
  description: {
    th: 'ประกาศตามพระราชบัญญัติการจัดซื้อจัดจ้างฯ เช่น ประกาศเชิญชวน ประกาศผลการจัดซื้อจัดจ้าง ของปีงบประมาณที่ประเมิน',
    en: 'Invitations and award announcements under the Procurement Act, of the assessed fiscal year',
  },
  keywords: [
    'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง',
    'ประกาศจัดซื้อจัดจ้าง',
    'ประกาศการจัดซื้อจัดจ้าง',
    'ประกาศประกวดราคา',
    'ประกาศผลการจัดซื้อจัดจ้าง',
    'ประกาศผู้ชนะการเสนอราคา',
    'ข่าวจัดซื้อจัดจ้าง',
    'procurement announcements',
  ],
  excludes: ['แผนการจัดซื้อจัดจ้าง', 'เผยแพร่แผน', 'สรุปผล', 'รายงานผล'],
  elements: {
    announcements: { content: { groups: [ANNOUNCEMENT, PROCUREMENT], linkTexts: true } },
    'fiscal-year': 'fiscal-year',
  },
});
