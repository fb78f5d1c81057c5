/** O40 รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน: the O39 plan's progress at six months. */
import { defineRule } from '../kit.js';

const CORRUPTION = ['ทุจริต', 'corruption'];
const SIX_MONTHS = ['6 เดือน', 'หกเดือน', 'ครึ่งปี', 'six month', '6 months'];
const RESULTS = ['ผลการดำเนิน', 'ดำเนินการแล้ว', 'ร้อยละ', 'ความก้าวหน้า', 'งบประมาณที่ใช้'];

export default defineRule({
  id: 'O40',
  title: { th: 'มีรายงานการกำกับติดตามการป้องกันการทุจริตรอบ 6 เดือน', en: 'The six-month anti-corruption report' },
  failureTitle: {
    th: 'ไม่พบรายงานการกำกับติดตามการป้องกันการทุจริตรอบ 6 เดือนของปีที่กำหนด',
    en: 'No six-month anti-corruption report of the required year',
  },
  description: {
    th: 'ข้อมูลการกำกับติดตามการดำเนินการตามแผนป้องกันการทุจริตประจำปี รอบ 6 เดือน ของปีงบประมาณที่ประเมิน',
    en: 'Progress of the anti-corruption plan at six months, of the assessed fiscal year',
  },
  keywords: [
    'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต',
    'รายงานการกำกับติดตามการป้องกันการทุจริต',
    'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน',
    'รายงานผลการดำเนินการป้องกันการทุจริต รอบ 6 เดือน',
    'รายงานการป้องกันการทุจริต รอบ 6 เดือน',
  ],
  elements: {
    report: { content: { groups: [CORRUPTION, SIX_MONTHS, RESULTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
