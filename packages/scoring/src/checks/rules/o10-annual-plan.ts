/** O10 แผนดำเนินงานประจำปี: the annual plan of the assessed fiscal year, with its projects, budgets and time frames. */
import { defineRule } from '../kit.js';

const PLAN = ['แผน', 'plan'];
const PROJECTS = ['โครงการ', 'กิจกรรม', 'project'];
const DETAILS = [
  'งบประมาณ',
  'บาท',
  'ระยะเวลา',
  'ไตรมาส',
  'ผู้รับผิดชอบ',
  'หน่วยงานรับผิดชอบ',
  'ต.ค.',
  'ตุลาคม',
  'เป้าหมาย',
  'budget',
];

export default defineRule({
  id: 'O10',
  title: { th: 'มีแผนดำเนินงานประจำปีของปีงบประมาณที่ประเมิน', en: 'The annual plan of the fiscal year' },
  failureTitle: { th: 'ไม่พบแผนดำเนินงานประจำปีของปีงบประมาณที่กำหนด', en: 'No annual plan of the required fiscal year' },
  description: {
    th: 'แผนดำเนินงานประจำปีของหน่วยงาน พร้อมรายละเอียด (โครงการ/กิจกรรม งบประมาณ ระยะเวลา) ของปีงบประมาณที่ประเมิน',
    en: 'The annual plan with its projects, budgets and time frames, of the assessed fiscal year',
  },
  keywords: [
    'แผนดำเนินงานประจำปี',
    'แผนการดำเนินงาน',
    'แผนดำเนินงาน',
    'แผนปฏิบัติราชการประจำปี',
    'แผนปฏิบัติราชการ',
    'แผนปฏิบัติการประจำปี',
    'แผนปฏิบัติงานประจำปี',
    'แผนปฏิบัติงาน',
    'แผนปฏิบัติการ',
    'action plan',
    'annual plan',
  ],
  excludes: [
    'รายงาน',
    'รอบ6เดือน',
    '6เดือน',
    'ป้องกันการทุจริต',
    'ทุจริต',
    'ใช้จ่ายงบประมาณ',
    'จัดซื้อจัดจ้าง',
    'จัดหาพัสดุ',
    'ทรัพยากรบุคคล',
    'พัฒนาบุคลากร',
    'แผนยุทธศาสตร์',
    'แผนพัฒนาท้องถิ่น',
    'แผนพัฒนาจังหวัด',
  ],
  elements: {
    plan: { content: { groups: [PLAN, PROJECTS, DETAILS], minChars: 80 } },
    'fiscal-year': 'fiscal-year',
  },
});
