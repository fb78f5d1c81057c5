/** O15 ข้อมูลเชิงสถิติการให้บริการ: statistics of the agency's services, of the fiscal year. */
import { defineRule } from '../kit.js';

const STATISTICS = ['สถิติ', 'จำนวน', 'statistic'];
const SERVICE = ['ให้บริการ', 'ผู้รับบริการ', 'ผู้มารับบริการ', 'บริการ', 'service'];
const COUNTS = ['ราย', 'คน', 'ครั้ง', 'เรื่อง', 'รวม'];

export default defineRule({
  id: 'O15',
  title: { th: 'มีข้อมูลเชิงสถิติการให้บริการของปีงบประมาณ', en: 'Service statistics of the fiscal year' },
  failureTitle: { th: 'ไม่พบข้อมูลสถิติการให้บริการของปีที่กำหนด', en: 'No service statistics of the required year' },
  description: {
    th: 'ข้อมูลสถิติการให้บริการตามอำนาจหน้าที่หรือภารกิจของหน่วยงาน ของปีงบประมาณที่ประเมิน',
    en: "Statistics of the agency's services, of the assessed fiscal year",
  },
  keywords: ['ข้อมูลเชิงสถิติการให้บริการ', 'สถิติการให้บริการ', 'ข้อมูลสถิติการให้บริการ', 'สถิติผู้รับบริการ', 'service statistics'],
  excludes: ['ร้องเรียน', 'ทุจริต'],
  elements: {
    statistics: { content: { groups: [STATISTICS, SERVICE, COUNTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
