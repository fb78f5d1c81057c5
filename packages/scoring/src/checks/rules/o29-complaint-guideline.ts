/** O29 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต: how the agency handles complaints of officials' corruption. */
import { defineRule } from '../kit.js';

const COMPLAINT = ['ร้องเรียน', 'complaint'];
/** A procedure: its steps (receive, register, screen, examine, report back) and time limits. */
const PROCEDURE = [
  'ขั้นตอน',
  'รับเรื่อง',
  'ลงทะเบียน',
  'คัดกรอง',
  'พิจารณา',
  'ตรวจสอบ',
  'แจ้งผล',
  'ภายใน',
  'กระบวนการ',
  'ระยะเวลา',
  'procedure',
];

export default defineRule({
  id: 'O29',
  title: { th: 'มีแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', en: 'A procedure for corruption complaints' },
  failureTitle: { th: 'ไม่พบแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', en: 'No procedure for corruption complaints' },
  description: {
    th: 'แนวปฏิบัติหรือเนื้อหาเกี่ยวกับรายละเอียดการจัดการเรื่องร้องเรียนที่เกี่ยวข้องกับการทุจริตของเจ้าหน้าที่',
    en: "How complaints about officials' corruption are handled, in detail",
  },
  keywords: [
    'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต',
    'คู่มือการจัดการเรื่องร้องเรียน',
    'คู่มือการปฏิบัติงานการจัดการเรื่องร้องเรียน',
    'แนวทางการจัดการเรื่องร้องเรียน',
    'แนวทางการปฏิบัติการจัดการเรื่องร้องเรียน',
    'คู่มือการดำเนินงานเรื่องร้องเรียน',
    'คู่มือเรื่องร้องเรียน',
    'แนวปฏิบัติเรื่องร้องเรียน',
    'แนวทางการจัดการเรื่องร้องเรียนการทุจริต',
  ],
  excludes: ['สถิติ', 'ช่องทางแจ้ง'],
  elements: {
    guideline: { content: { groups: [COMPLAINT, { any: PROCEDURE, min: 2 }] } },
  },
});
