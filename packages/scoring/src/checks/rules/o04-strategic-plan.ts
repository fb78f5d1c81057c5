/**
 * O4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน: a plan of more than one year, with its details (strategies, goals, indicators,
 * programmes), whose period covers the assessed fiscal year (the framework's `covers` rule).
 */
import { defineRule } from '../kit.js';

const PLAN = ['แผน', 'plan'];
const DETAILS = [
  'ยุทธศาสตร์',
  'วิสัยทัศน์',
  'พันธกิจ',
  'เป้าประสงค์',
  'ตัวชี้วัด',
  'กลยุทธ์',
  'แผนงาน',
  'โครงการ',
  'ประเด็นการพัฒนา',
  'strategy',
  'strategic',
];

export default defineRule({
  id: 'O4',
  title: { th: 'มีแผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงานที่ครอบคลุมปีงบประมาณ', en: 'A multi-year plan covering the fiscal year' },
  failureTitle: { th: 'ไม่พบแผนยุทธศาสตร์หรือแผนพัฒนาที่ครอบคลุมปีที่กำหนด', en: 'No multi-year plan covering the required year' },
  description: {
    th: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน ซึ่งมีระยะของแผนมากกว่า 1 ปี พร้อมรายละเอียด และครอบคลุมปีงบประมาณที่ประเมิน',
    en: 'A strategic or development plan of more than one year, with details, covering the assessed fiscal year',
  },
  keywords: [
    'แผนยุทธศาสตร์',
    'แผนพัฒนาหน่วยงาน',
    'แผนพัฒนาจังหวัด',
    'แผนพัฒนาท้องถิ่น',
    'แผนกลยุทธ์',
    'แผนพัฒนา',
    'แผนพัฒนาการศึกษา',
    'แผนยุทธศาสตร์การพัฒนา',
    'strategic plan',
  ],
  excludes: [
    'แผนปฏิบัติการประจำปี',
    'แผนดำเนินงานประจำปี',
    'แผนการดำเนินงานประจำปี',
    'ประจำปีงบประมาณ',
    'ทรัพยากรบุคคล',
    'บุคลากร',
    'ป้องกันการทุจริต',
    'จัดซื้อจัดจ้าง',
    'ใช้จ่ายงบประมาณ',
  ],
  elements: {
    plan: { content: { groups: [PLAN, DETAILS], minChars: 100 } },
    'multi-year': 'multi-year',
    'fiscal-year': 'fiscal-year',
  },
});
