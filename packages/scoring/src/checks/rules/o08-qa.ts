/**
 * O8 Q&A: a channel on the agency's own website where people ask and the agency answers (a question form, a webboard,
 * a Q&A system). Two-way is required: a static FAQ is not a channel; LINE or Messenger alone leave the website.
 */
import { defineRule } from '../kit.js';

const WORDS = [
  'ถาม-ตอบ',
  'ถามตอบ',
  'q&a',
  'กระดานถามตอบ',
  'กระดานสนทนา',
  'เว็บบอร์ด',
  'webboard',
  'ส่งคำถาม',
  'ตั้งคำถาม',
  'สอบถาม',
];

export default defineRule({
  id: 'O8',
  title: { th: 'มีช่องทางถาม-ตอบผ่านเว็บไซต์ของหน่วยงาน', en: 'A Q&A channel on the agency website' },
  failureTitle: {
    th: 'ไม่พบช่องทางถาม-ตอบที่ใช้งานได้บนเว็บไซต์ของหน่วยงาน',
    en: 'No working Q&A channel on the agency website',
  },
  description: {
    th: 'ช่องทางที่ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียสามารถสอบถามข้อมูล และหน่วยงานตอบหรือสื่อสารโต้ตอบได้ ผ่านทางเว็บไซต์ของหน่วยงาน',
    en: 'A way to ask and be answered, working through the agency website',
  },
  requires: ['page', 'links', 'forms', 'frames'],
  keywords: [
    'q&a',
    'ถาม-ตอบ',
    'ถามตอบ',
    'กระดานถามตอบ',
    'กระดานถาม-ตอบ',
    'กระดานสนทนา',
    'เว็บบอร์ด',
    'webboard',
    'คำถามที่พบบ่อย',
    'faq',
  ],
  excludes: ['แบบสอบถาม'],
  elements: {
    'qa-channel': {
      channel: {
        words: WORDS,
        hrefHints: ['webboard', 'qa', 'question', 'forum', 'board', 'faq/ask', 'ask'],
        webboard: true,
      },
    },
  },
});
