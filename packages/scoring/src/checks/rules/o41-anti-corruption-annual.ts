/** O41 รายงานผลการดำเนินการป้องกันการทุจริตประจำปี: the annual anti-corruption report (at least the previous year). */
import { defineRule } from '../kit.js';

const CORRUPTION = ['ทุจริต', 'corruption'];
const REPORT = ['รายงานผล', 'ผลการดำเนิน', 'สรุปผล', 'report'];
const RESULTS = ['โครงการ', 'ร้อยละ', 'ผลสำเร็จ', 'แล้วเสร็จ', 'จาก'];

export default defineRule({
  id: 'O41',
  title: { th: 'มีรายงานผลการดำเนินการป้องกันการทุจริตประจำปี', en: 'The annual anti-corruption report' },
  failureTitle: {
    th: 'ไม่พบรายงานผลการดำเนินการป้องกันการทุจริตประจำปีของปีที่กำหนด',
    en: 'No annual anti-corruption report of the required year',
  },
  description: {
    th: 'ข้อมูลสรุปผลการดำเนินงานตามแผนป้องกันการทุจริตประจำปี อย่างน้อยของปีงบประมาณก่อนหน้า',
    en: 'Results of the anti-corruption plan, at least of the previous fiscal year',
  },
  keywords: [
    'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
    'รายงานผลการดำเนินการป้องกันการทุจริต',
    'รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต',
    'รายงานผลการป้องกันการทุจริต',
    'สรุปผลการดำเนินงานตามแผนป้องกันการทุจริต',
  ],
  excludes: ['6เดือน', 'หกเดือน', 'ครึ่งปี', 'การกำกับติดตาม'],
  elements: {
    report: { content: { groups: [CORRUPTION, REPORT, RESULTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
