/** O27 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล: criteria for recruitment, appointment, development, appraisal, rewards. */
import { defineRule } from '../kit.js';

const CRITERIA = ['หลักเกณฑ์', 'criteria'];
const AREAS = ['สรรหา', 'คัดเลือก', 'บรรจุ', 'แต่งตั้ง', 'พัฒนา', 'ประเมินผล', 'เลื่อน', 'ให้คุณให้โทษ', 'วินัย', 'โยกย้าย'];

export default defineRule({
  id: 'O27',
  title: { th: 'มีหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', en: 'HR criteria' },
  failureTitle: { th: 'ไม่พบหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', en: 'No HR criteria' },
  description: {
    th: 'หลักเกณฑ์การบริหารทรัพยากรบุคคลที่ใช้ในหน่วยงาน เช่น การสรรหา การบรรจุแต่งตั้ง การพัฒนา การประเมินผล การให้คุณให้โทษ',
    en: 'The criteria the agency uses: recruitment, appointment, development, appraisal, rewards and sanctions',
  },
  keywords: [
    'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล',
    'หลักเกณฑ์การบริหารทรัพยากรบุคคล',
    'หลักเกณฑ์การบริหารงานบุคคล',
    'หลักเกณฑ์ hr',
    'hr criteria',
  ],
  elements: {
    criteria: { content: { groups: [CRITERIA, { any: AREAS, min: 2 }] } },
  },
});
