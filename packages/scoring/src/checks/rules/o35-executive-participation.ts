/** O35 การมีส่วนร่วมของผู้บริหาร: an activity in the fiscal year where the current head led integrity and transparency work. */
import { defineRule } from '../kit.js';

const HEAD = [
  'ผู้บริหาร',
  'นายก',
  'ผู้ว่าราชการ',
  'อธิบดี',
  'ผู้อำนวยการ',
  'นายอำเภอ',
  'ปลัด',
  'เลขาธิการ',
  'พัฒนาการจังหวัด',
  'ประธาน',
];
const ACTIVITY = ['ประชุม', 'กิจกรรม', 'มอบนโยบาย', 'เป็นประธาน', 'ร่วม', 'นำ'];
const TOPIC = ['คุณธรรม', 'โปร่งใส', 'ทุจริต', 'ita', 'สุจริต', 'ธรรมาภิบาล', 'คอร์รัปชัน'];

export default defineRule({
  id: 'O35',
  title: { th: 'มีกิจกรรมที่แสดงการมีส่วนร่วมของผู้บริหาร', en: "The head's part in integrity work" },
  failureTitle: { th: 'ไม่พบกิจกรรมการมีส่วนร่วมของผู้บริหารของปีที่กำหนด', en: 'No activity of the head in the required year' },
  description: {
    th: 'การดำเนินการหรือกิจกรรมที่แสดงถึงการมีส่วนร่วมของผู้บริหารสูงสุดคนปัจจุบันในการปรับปรุงพัฒนาหน่วยงานด้านคุณธรรมและความโปร่งใส ของปีงบประมาณที่ประเมิน',
    en: 'An activity in which the current head led the improvement of integrity and transparency, in the assessed fiscal year',
  },
  keywords: ['การมีส่วนร่วมของผู้บริหาร', 'การมีส่วนร่วมของผู้บริหารสูงสุด', 'ผู้บริหารมีส่วนร่วม'],
  elements: {
    activity: { content: { groups: [HEAD, ACTIVITY, TOPIC], minChars: 80 } },
    'fiscal-year': 'fiscal-year',
  },
});
