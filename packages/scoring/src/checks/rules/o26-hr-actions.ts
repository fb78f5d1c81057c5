/** O26 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล: what was done under the O25 policy in the fiscal year. */
import { defineRule } from '../kit.js';

const ACTION = ['ดำเนินการ', 'ผลการดำเนิน', 'กิจกรรม', 'โครงการ', 'จัดอบรม'];
const PEOPLE = ['บุคคล', 'บุคลากร', 'พนักงาน', 'ข้าราชการ', 'เจ้าหน้าที่'];
const TOPICS = ['อบรม', 'พัฒนา', 'จริยธรรม', 'วินัย', 'ส่งเสริม', 'สอบ', 'ประเมิน'];

export default defineRule({
  id: 'O26',
  title: { th: 'มีผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', en: 'Actions under the HR policy' },
  failureTitle: {
    th: 'ไม่พบการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคลของปีที่กำหนด',
    en: 'No actions under the HR policy in the required year',
  },
  description: {
    th: 'ผลการดำเนินงานด้านการบริหารทรัพยากรบุคคลตามนโยบายในข้อ O25 ของปีงบประมาณที่ประเมิน',
    en: 'What was done under the O25 policy, in the assessed fiscal year',
  },
  keywords: [
    'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
    'ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
    'การดำเนินการตามนโยบายการบริหารงานบุคคล',
    'ผลการดำเนินการตามนโยบาย hr',
    'การดำเนินการตามนโยบาย',
  ],
  elements: {
    'hr-actions': { content: { groups: [ACTION, PEOPLE, TOPICS] } },
    'fiscal-year': 'fiscal-year',
  },
});
