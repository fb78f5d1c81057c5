/** O12 รายงานผลการดำเนินงานประจำปี: the annual performance report (at least the previous fiscal year). */
import { defineRule } from '../kit.js';

const REPORT = ['รายงาน', 'สรุปผล', 'report'];
const RESULTS = ['ผลการดำเนินงาน', 'ผลการปฏิบัติ', 'ผลสัมฤทธิ์', 'ร้อยละ', 'ดำเนินการแล้ว', 'ผลการติดตามและประเมินผล', 'โครงการ'];

export default defineRule({
  id: 'O12',
  title: { th: 'มีรายงานผลการดำเนินงานประจำปี', en: 'The annual performance report' },
  failureTitle: {
    th: 'ไม่พบรายงานผลการดำเนินงานประจำปีของปีที่กำหนด',
    en: 'No annual performance report of the required year',
  },
  description: {
    th: 'ข้อมูลสรุปผลการดำเนินงานตามแผนดำเนินงานประจำปี อย่างน้อยของปีงบประมาณก่อนหน้า',
    en: 'The summary of results of the annual plan, at least of the previous fiscal year',
  },
  keywords: [
    'รายงานผลการดำเนินงานประจำปี',
    'รายงานผลการดำเนินงาน',
    'รายงานประจำปี',
    'รายงานผลการปฏิบัติราชการประจำปี',
    'รายงานผลการปฏิบัติงาน',
    'annual report',
    'sar',
  ],
  excludes: [
    '6เดือน',
    'หกเดือน',
    'ครึ่งปี',
    'ทุจริต',
    'ใช้จ่ายงบประมาณ',
    'จัดซื้อจัดจ้าง',
    'ทรัพยากรบุคคล',
    'ความพึงพอใจ',
    'การกำกับติดตาม',
  ],
  elements: {
    report: { content: { groups: [REPORT, RESULTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
