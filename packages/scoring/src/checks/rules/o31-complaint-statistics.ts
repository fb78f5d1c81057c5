/** O31 ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี: counts and types of corruption complaints (at least the previous year). */
import { defineRule } from '../kit.js';

const COMPLAINT = ['ร้องเรียน', 'complaint'];
const COUNTS = ['สถิติ', 'จำนวน', 'statistic'];
const UNITS = ['เรื่อง', 'ประเภท', 'ราย'];

export default defineRule({
  id: 'O31',
  title: { th: 'มีข้อมูลสถิติเรื่องร้องเรียนการทุจริตประจำปี', en: 'Annual corruption complaint statistics' },
  failureTitle: { th: 'ไม่พบสถิติเรื่องร้องเรียนการทุจริตของปีที่กำหนด', en: 'No complaint statistics of the required year' },
  description: {
    th: 'สรุปจำนวนและประเภทเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ อย่างน้อยของปีงบประมาณก่อนหน้า',
    en: 'Counts and types of complaints about officials, at least of the previous fiscal year',
  },
  keywords: [
    'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี',
    'สถิติเรื่องร้องเรียนการทุจริต',
    'ข้อมูลสถิติเรื่องร้องเรียน',
    'สถิติเรื่องร้องเรียน',
    'รายงานสถิติเรื่องร้องเรียน',
    'complaint statistics',
  ],
  elements: {
    statistics: { content: { groups: [COMPLAINT, COUNTS, UNITS] } },
    'fiscal-year': 'fiscal-year',
  },
});
