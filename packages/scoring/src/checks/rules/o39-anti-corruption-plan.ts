/** O39 แผนปฏิบัติการป้องกันการทุจริตประจำปี: the fiscal year's anti-corruption action plan, with its projects. */
import { defineRule } from '../kit.js';

const PLAN = ['แผน', 'plan'];
const ANTI_CORRUPTION = ['ป้องกันการทุจริต', 'ป้องกันทุจริต', 'ต่อต้านการทุจริต', 'ป้องกันและปราบปรามการทุจริต', 'anti-corruption'];
const PROJECTS = ['โครงการ', 'กิจกรรม', 'มิติ', 'ยุทธศาสตร์', 'งบประมาณ'];

export default defineRule({
  id: 'O39',
  title: { th: 'มีแผนปฏิบัติการป้องกันการทุจริตประจำปี', en: 'The annual anti-corruption plan' },
  failureTitle: { th: 'ไม่พบแผนปฏิบัติการป้องกันการทุจริตของปีที่กำหนด', en: 'No anti-corruption plan of the required year' },
  description: {
    th: 'แผนปฏิบัติการป้องกันการทุจริตประจำปี พร้อมรายละเอียด (โครงการ/กิจกรรม งบประมาณ) ของปีงบประมาณที่ประเมิน',
    en: 'The annual anti-corruption action plan with its projects, of the assessed fiscal year',
  },
  keywords: [
    'แผนปฏิบัติการป้องกันการทุจริตประจำปี',
    'แผนปฏิบัติการป้องกันการทุจริต',
    'แผนป้องกันการทุจริต',
    'แผนปฏิบัติการป้องกันทุจริต',
    'แผนปฏิบัติการป้องกันการทุจริตและประพฤติมิชอบ',
    'แผนปฏิบัติการป้องกันและปราบปรามการทุจริต',
    'anti-corruption plan',
  ],
  excludes: ['รายงาน', '6เดือน', 'ผลการดำเนิน', 'ประชุมจัดทำ'],
  elements: {
    plan: { content: { groups: [PLAN, ANTI_CORRUPTION, PROJECTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
