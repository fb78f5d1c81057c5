/** O28 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี: the annual HR report (at least the previous fiscal year). */
import { defineRule } from '../kit.js';

const REPORT = ['รายงาน', 'report'];
const HR = ['บริหารและพัฒนาทรัพยากรบุคคล', 'พัฒนาทรัพยากรบุคคล', 'บริหารทรัพยากรบุคคล', 'พัฒนาบุคลากร', 'ทรัพยากรมนุษย์', 'hr'];
const RESULTS = ['ผลการ', 'ร้อยละ', 'ดำเนินการ'];

export default defineRule({
  id: 'O28',
  title: { th: 'มีรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', en: 'The annual HR report' },
  failureTitle: {
    th: 'ไม่พบรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลของปีที่กำหนด',
    en: 'No annual HR report of the required year',
  },
  description: {
    th: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี อย่างน้อยของปีงบประมาณก่อนหน้า',
    en: 'The annual report on managing and developing people, at least of the previous fiscal year',
  },
  keywords: [
    'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี',
    'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล',
    'รายงานผลการบริหารทรัพยากรบุคคล',
    'รายงานผลการพัฒนาบุคลากร',
    'รายงานผล hr',
  ],
  elements: {
    report: { content: { groups: [REPORT, HR, RESULTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
