/** O30 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต: a way to report officials' corruption through the agency's own website. */
import { defineRule } from '../define.js';
import { channelCriterion } from '../channels.js';

const WORDS = ['ร้องเรียนการทุจริต', 'แจ้งเรื่องร้องเรียน', 'ร้องเรียน', 'ร้องทุกข์', 'แจ้งเบาะแส', 'ทุจริตและประพฤติมิชอบ', 'complaint'];

export default defineRule({
  id: 'O30',
  title: { th: 'มีช่องทางแจ้งเรื่องร้องเรียนการทุจริตผ่านเว็บไซต์ของหน่วยงาน', en: 'A corruption complaint channel on the agency website' },
  failureTitle: { th: 'ไม่พบช่องทางแจ้งเรื่องร้องเรียนการทุจริตบนเว็บไซต์ของหน่วยงาน', en: 'No corruption complaint channel on the agency website' },
  description: {
    th: 'ส่วนที่ผู้รับบริการ ผู้มาติดต่อ หรือผู้มีส่วนได้ส่วนเสีย สามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ผ่านช่องทางผ่านทางเว็บไซต์ของหน่วยงาน',
    en: "Where people can report officials' corruption through the agency's own website",
  },
  requires: ['page', 'links', 'forms'],
  keywords: ['ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', 'แจ้งเรื่องร้องเรียนการทุจริต', 'ร้องเรียนการทุจริต'],
  elements: {
    'complaint-channel': (ctx, el) => channelCriterion(ctx, el, { words: WORDS, hrefHints: ['complain', 'complaint', 'corruption', 'report'] }),
  },
});
