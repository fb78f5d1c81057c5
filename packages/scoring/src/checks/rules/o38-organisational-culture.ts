/** O38 การเสริมสร้างวัฒนธรรมองค์กร: an activity in the fiscal year building an honest, integrity-minded staff culture. */
import { defineRule } from '../kit.js';

const VALUES = ['วัฒนธรรม', 'ค่านิยม', 'คุณธรรม', 'จริยธรรม', 'ซื่อสัตย์', 'สุจริต', 'ทัศนคติ', 'ต่อต้านการทุจริต'];
const ACTIVITY = ['กิจกรรม', 'โครงการ', 'อบรม', 'ปฏิญาณ', 'จัดงาน', 'ประชุม'];

export default defineRule({
  id: 'O38',
  title: { th: 'มีกิจกรรมเสริมสร้างวัฒนธรรมองค์กรด้านความซื่อสัตย์สุจริต', en: 'An integrity-culture activity in the fiscal year' },
  failureTitle: {
    th: 'ไม่พบกิจกรรมเสริมสร้างวัฒนธรรมองค์กรของปีที่กำหนด',
    en: 'No integrity-culture activity of the required year',
  },
  description: {
    th: 'การดำเนินการหรือกิจกรรมที่เสริมสร้างวัฒนธรรมองค์กรให้เจ้าหน้าที่มีทัศนคติ ค่านิยม ในการปฏิบัติงานอย่างซื่อสัตย์สุจริต ของปีงบประมาณที่ประเมิน',
    en: 'An activity building honest attitudes and values in the staff, in the assessed fiscal year',
  },
  keywords: ['การเสริมสร้างวัฒนธรรมองค์กร', 'เสริมสร้างวัฒนธรรมองค์กร', 'วัฒนธรรมองค์กร'],
  elements: {
    activity: { content: { groups: [VALUES, ACTIVITY], minChars: 80 } },
    'fiscal-year': 'fiscal-year',
  },
});
