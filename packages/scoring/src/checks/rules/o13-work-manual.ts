/** O13 คู่มือหรือมาตรฐานการปฏิบัติงาน: a manual or standard for the staff's work, with its steps. */
import { defineRule } from '../kit.js';

const MANUAL = ['คู่มือ', 'มาตรฐานการปฏิบัติงาน', 'manual', 'standard operating'];
const STEPS = ['ขั้นตอน', 'กระบวนการ', 'วิธีการ', 'flow chart', 'flowchart', 'แผนผังกระบวนการ', 'procedure', 'การปฏิบัติงาน'];

export default defineRule({
  id: 'O13',
  title: { th: 'มีคู่มือหรือมาตรฐานการปฏิบัติงาน', en: 'A work manual or standard' },
  failureTitle: { th: 'ไม่พบคู่มือหรือมาตรฐานการปฏิบัติงาน', en: 'No work manual or standard' },
  description: {
    th: 'คู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่ พร้อมรายละเอียด (ขั้นตอนการปฏิบัติงาน)',
    en: "The staff's work manual or standard with its steps",
  },
  keywords: ['คู่มือหรือมาตรฐานการปฏิบัติงาน', 'คู่มือการปฏิบัติงาน', 'มาตรฐานการปฏิบัติงาน', 'คู่มือปฏิบัติงาน', 'work manual'],
  excludes: ['ร้องเรียน', 'ทุจริต', 'ประชาชน', 'ให้บริการ'],
  elements: {
    manual: { content: { groups: [MANUAL, STEPS] } },
  },
});
