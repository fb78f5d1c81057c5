/** O14 คู่มือหรือมาตรฐานการให้บริการ: a manual or standard for the agency's services to the public. */
import { defineRule } from '../kit.js';

const MANUAL = ['คู่มือ', 'มาตรฐานการให้บริการ', 'manual'];
const DETAILS = [
  'ขั้นตอน',
  'ระยะเวลา',
  'เอกสารหลักฐาน',
  'ค่าธรรมเนียม',
  'ช่องทางการให้บริการ',
  'หลักเกณฑ์',
  'เงื่อนไข',
  'ช่องทางการร้องเรียน',
];

export default defineRule({
  id: 'O14',
  title: { th: 'มีคู่มือหรือมาตรฐานการให้บริการ', en: 'A service manual or standard' },
  failureTitle: { th: 'ไม่พบคู่มือหรือมาตรฐานการให้บริการ', en: 'No service manual or standard' },
  description: {
    th: 'คู่มือหรือมาตรฐานการให้บริการตามอำนาจหน้าที่ของหน่วยงาน พร้อมรายละเอียด (ขั้นตอน ระยะเวลา เอกสาร ค่าธรรมเนียม)',
    en: "The manual or standard of the agency's services, with steps, times, documents and fees",
  },
  keywords: [
    'คู่มือหรือมาตรฐานการให้บริการ',
    'คู่มือการให้บริการ',
    'มาตรฐานการให้บริการ',
    'คู่มือสำหรับประชาชน',
    'คู่มือประชาชน',
    'service manual',
  ],
  excludes: ['ร้องเรียน', 'ทุจริต'],
  elements: {
    manual: { content: { groups: [MANUAL, { any: DETAILS, min: 2 }] } },
  },
});
