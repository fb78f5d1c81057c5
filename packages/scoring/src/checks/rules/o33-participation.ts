/** O33 การเปิดโอกาสให้เกิดการมีส่วนร่วม: an activity in the fiscal year where stakeholders took part in the agency's work. */
import { defineRule } from '../kit.js';

const PARTICIPATION = [
  'มีส่วนร่วม',
  'ประชาคม',
  'รับฟังความคิดเห็น',
  'ร่วมวางแผน',
  'ร่วมดำเนินการ',
  'ร่วมแสดงความคิดเห็น',
  'ร่วมติดตาม',
  'ร่วมเสนอ',
  'เวที',
  'participation',
];
const STAKEHOLDERS = [
  'ประชาชน',
  'ผู้มีส่วนได้ส่วนเสีย',
  'ชุมชน',
  'ผู้เข้าร่วม',
  'ภาคประชาชน',
  'ผู้นำ',
  'ภาคเอกชน',
  'ผู้ปกครอง',
  'stakeholder',
];

export default defineRule({
  id: 'O33',
  title: { th: 'มีกิจกรรมที่เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม', en: 'A participation activity in the fiscal year' },
  failureTitle: { th: 'ไม่พบกิจกรรมการมีส่วนร่วมของปีที่กำหนด', en: 'No participation activity of the required year' },
  description: {
    th: 'การดำเนินการหรือกิจกรรมที่เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม เช่น ร่วมวางแผน ร่วมดำเนินการ ร่วมแลกเปลี่ยนความคิดเห็น ร่วมติดตามประเมินผล ของปีงบประมาณที่ประเมิน',
    en: 'An activity in which stakeholders planned, acted, discussed or monitored with the agency, in the assessed fiscal year',
  },
  keywords: [
    'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
    'การมีส่วนร่วม',
    'กิจกรรมการมีส่วนร่วม',
    'การมีส่วนร่วมของประชาชน',
    'การมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย',
  ],
  excludes: ['ผู้บริหาร'],
  elements: {
    participation: { content: { groups: [PARTICIPATION, STAKEHOLDERS], minChars: 80 } },
    'fiscal-year': 'fiscal-year',
  },
});
