/**
 * O3 อำนาจหน้าที่: the agency's duties or missions as the law sets them. Strict reading: the duties themselves, tied to
 * their legal source (an act, a ministerial regulation, a section); vision and mission slogans alone do not do.
 */
import { defineRule } from '../kit.js';

const DUTY = ['อำนาจหน้าที่', 'หน้าที่', 'ภารกิจ', 'มีอำนาจ', 'duties', 'mission'];
const LEGAL_SOURCE = [
  'พระราชบัญญัติ',
  'พ.ร.บ.',
  'พระราชกฤษฎีกา',
  'กฎกระทรวง',
  'มาตรา',
  'ระเบียบ',
  'ตามกฎหมาย',
  'ประกาศ',
  'คำสั่ง',
  'ข้อบังคับ',
  'act',
  'regulation',
];

export default defineRule({
  id: 'O3',
  title: { th: 'แสดงอำนาจหน้าที่ของหน่วยงานตามที่กฎหมายกำหนด', en: 'The duties set by law are shown' },
  failureTitle: { th: 'ไม่พบอำนาจหน้าที่ตามที่กฎหมายกำหนด', en: 'No duties under the law' },
  description: {
    th: 'อำนาจหน้าที่หรือภารกิจของหน่วยงานตามที่กฎหมายกำหนด (ไม่ใช่เพียงวิสัยทัศน์ พันธกิจ)',
    en: 'The duties or missions the law gives the agency (not only vision and mission statements)',
  },
  keywords: ['อำนาจหน้าที่', 'หน้าที่และอำนาจ', 'ภารกิจและอำนาจหน้าที่', 'บทบาทหน้าที่', 'duties'],
  excludes: ['ผู้มีอำนาจหน้าที่'],
  elements: {
    duties: {
      content: {
        groups: [DUTY, LEGAL_SOURCE],
        minChars: 120,
        missing: {
          th: 'ไม่พบอำนาจหน้าที่ที่อ้างอิงกฎหมาย (วิสัยทัศน์/พันธกิจไม่เพียงพอ)',
          en: 'No duties tied to the law (vision and mission are not enough)',
        },
      },
    },
  },
});
