/** O32 ช่องทางการรับฟังความคิดเห็น: a way to give opinions through the agency's own website (form, webboard, survey). */
import { defineRule } from '../kit.js';

const WORDS = ['ความคิดเห็น', 'ข้อเสนอแนะ', 'แบบสำรวจ', 'ติชม', 'feedback', 'comment', 'opinion'];

export default defineRule({
  id: 'O32',
  title: { th: 'มีช่องทางการรับฟังความคิดเห็นผ่านเว็บไซต์ของหน่วยงาน', en: 'An opinion channel on the agency website' },
  failureTitle: { th: 'ไม่พบช่องทางการรับฟังความคิดเห็นบนเว็บไซต์ของหน่วยงาน', en: 'No opinion channel on the agency website' },
  description: {
    th: 'ส่วนที่ผู้รับบริการ ผู้มาติดต่อ หรือผู้มีส่วนได้ส่วนเสีย สามารถให้ความคิดเห็นผ่านทางเว็บไซต์ของหน่วยงาน',
    en: 'Where people can give their opinions through the agency website',
  },
  requires: ['page', 'links', 'forms', 'frames'],
  keywords: [
    'ช่องทางการรับฟังความคิดเห็น',
    'รับฟังความคิดเห็น',
    'แสดงความคิดเห็น',
    'แสดงความคิดเห็น/ข้อเสนอแนะ',
    'ความคิดเห็นและข้อเสนอแนะ',
    'feedback',
  ],
  excludes: ['ผลการรับฟังความคิดเห็น', 'สรุปผล', 'รายงาน'],
  elements: {
    'opinion-channel': {
      channel: {
        words: WORDS,
        hrefHints: ['comment', 'opinion', 'feedback', 'survey', 'webboard', 'board', 'poll'],
        webboard: true,
      },
    },
  },
});
