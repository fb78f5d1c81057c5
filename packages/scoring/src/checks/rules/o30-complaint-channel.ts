/**
 * O30 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต: a way to report officials' corruption through the agency's own website (a
 * form, a complaint system on its site). Walking in, the post, the telephone or an outside page are not enough.
 */
import { defineRule } from '../kit.js';

const WORDS = ['ร้องเรียน', 'ร้องทุกข์', 'แจ้งเบาะแส', 'แจ้งเรื่อง', 'complaint'];

export default defineRule({
  id: 'O30',
  title: {
    th: 'มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตผ่านเว็บไซต์ของหน่วยงาน',
    en: 'A corruption complaint channel on the agency website',
  },
  failureTitle: {
    th: 'ไม่พบช่องทางแจ้งเรื่องร้องเรียนการทุจริตบนเว็บไซต์ของหน่วยงาน',
    en: 'No corruption complaint channel on the agency website',
  },
  description: {
    th: 'ส่วนที่ผู้รับบริการ ผู้มาติดต่อ หรือผู้มีส่วนได้ส่วนเสีย สามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ผ่านเว็บไซต์ของหน่วยงาน',
    en: "Where people can report officials' corruption through the agency's own website",
  },
  requires: ['page', 'links', 'forms', 'frames'],
  keywords: [
    'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต',
    'แจ้งเรื่องร้องเรียนการทุจริต',
    'ร้องเรียนการทุจริต',
    'ร้องเรียนร้องทุกข์',
    'ร้องเรียน/ร้องทุกข์',
    'แจ้งเบาะแส',
    'ช่องทางการร้องเรียนการทุจริต',
    'complaint',
  ],
  excludes: ['สถิติ', 'คู่มือ', 'แนวปฏิบัติ', 'แนวทาง', 'ขั้นตอน', 'รายงาน'],
  elements: {
    'complaint-channel': { channel: { words: WORDS, hrefHints: ['complain', 'complaint', 'corruption', 'report'] } },
  },
});
