/** O11 รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน: progress of the annual plan at six months, of the fiscal year. */
import { defineRule } from '../kit.js';

const REPORT = ['รายงาน', 'ผลการดำเนินงาน', 'การกำกับติดตาม', 'ความก้าวหน้า', 'report'];
const SIX_MONTHS = ['6 เดือน', 'หกเดือน', 'ครึ่งปี', 'six month', 'six-month', '6 months', 'ไตรมาสที่ 2', 'ไตรมาส 2'];
const RESULTS = ['ร้อยละ', 'ดำเนินการแล้ว', 'ผลการดำเนิน', 'ความก้าวหน้า', 'เบิกจ่าย', 'progress'];

export default defineRule({
  id: 'O11',
  title: { th: 'มีรายงานการกำกับติดตามการดำเนินงานรอบ 6 เดือน', en: 'The six-month progress report of the annual plan' },
  failureTitle: {
    th: 'ไม่พบรายงานการกำกับติดตามการดำเนินงานรอบ 6 เดือนของปีที่กำหนด',
    en: 'No six-month progress report of the required year',
  },
  description: {
    th: 'ข้อมูลที่แสดงว่าหน่วยงานมีการกำกับติดตามการดำเนินงานตามแผนดำเนินงานประจำปี รอบ 6 เดือน ของปีงบประมาณที่ประเมิน',
    en: 'Monitoring of the annual plan at six months, of the assessed fiscal year',
  },
  keywords: [
    'รายงานการกำกับติดตามการดำเนินงาน',
    'รายงานผลการดำเนินงานรอบ 6 เดือน',
    'รายงานผลการดำเนินงาน รอบ 6 เดือน',
    'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน',
    'รายงานรอบ 6 เดือน',
    'รายงานผลการดำเนินงานตามแผนการดำเนินงาน รอบ 6 เดือน',
    'รายงานผลการปฏิบัติราชการ รอบ 6 เดือน',
  ],
  excludes: ['ทุจริต', 'ใช้จ่ายงบประมาณ', 'การเบิกจ่าย', 'จัดซื้อจัดจ้าง', 'ทรัพยากรบุคคล'],
  elements: {
    report: { content: { groups: [REPORT, SIX_MONTHS, RESULTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
