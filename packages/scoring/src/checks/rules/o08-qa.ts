/** O8 Q&A: a channel on the agency's own website where people ask and the agency answers (a form, webboard, Q&A system). */
import { defineRule } from '../define.js';
import { channelCriterion } from '../channels.js';

const WORDS = ['ถาม-ตอบ', 'ถามตอบ', 'ถาม ตอบ', 'q&a', 'q & a', 'qa', 'กระดานสนทนา', 'กระดานถามตอบ', 'เว็บบอร์ด', 'webboard', 'faq', 'คำถามที่พบบ่อย', 'สอบถาม', 'ติดต่อสอบถาม'];

export default defineRule({
  id: 'O8',
  title: { th: 'มีช่องทางถาม-ตอบผ่านเว็บไซต์ของหน่วยงาน', en: 'A Q&A channel on the agency website' },
  failureTitle: { th: 'ไม่พบช่องทางถาม-ตอบบนเว็บไซต์ของหน่วยงาน', en: 'No Q&A channel on the agency website' },
  description: {
    th: 'ช่องทางที่ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียสามารถสอบถามข้อมูลและหน่วยงานสามารถตอบได้ โดยเป็นช่องทางผ่านทางเว็บไซต์ของหน่วยงาน',
    en: 'A channel to ask questions and get answers, working through the agency website',
  },
  requires: ['page', 'links', 'forms'],
  keywords: WORDS,
  elements: {
    'qa-channel': (ctx, el) => channelCriterion(ctx, el, { words: WORDS, hrefHints: ['webboard', 'qa', 'faq', 'question', 'forum', 'board'] }),
  },
});
