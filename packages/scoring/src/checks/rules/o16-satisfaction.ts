/** O16 รายงานผลการสำรวจความพึงพอใจการให้บริการ: the satisfaction survey report, with its results. */
import { defineRule } from '../kit.js';

const SATISFACTION = ['ความพึงพอใจ', 'satisfaction'];
const RESULTS = ['ร้อยละ', 'ค่าเฉลี่ย', 'ผลการสำรวจ', 'คะแนน', 'ระดับ', '%'];

export default defineRule({
  id: 'O16',
  title: { th: 'มีรายงานผลการสำรวจความพึงพอใจการให้บริการ', en: 'The satisfaction survey report' },
  failureTitle: {
    th: 'ไม่พบรายงานผลการสำรวจความพึงพอใจของปีที่กำหนด',
    en: 'No satisfaction survey report of the required year',
  },
  description: {
    th: 'ข้อมูลสรุปผลการสำรวจความพึงพอใจการให้บริการตามอำนาจหน้าที่หรือภารกิจของหน่วยงาน ของปีที่กำหนด',
    en: 'The summary of the satisfaction survey of the services, of the required year',
  },
  keywords: [
    'รายงานผลการสำรวจความพึงพอใจการให้บริการ',
    'ผลการสำรวจความพึงพอใจ',
    'ความพึงพอใจการให้บริการ',
    'ความพึงพอใจของผู้รับบริการ',
    'satisfaction survey',
  ],
  elements: {
    report: { content: { groups: [SATISFACTION, RESULTS] } },
    'fiscal-year': 'fiscal-year',
  },
});
