/**
 * O17 E-Service: a channel on the agency's own website through which people obtain the agency's services.
 * The seed's note: links that only lead to other agencies' sites, where it is unclear which service is offered, fail;
 * name the service (a banner "e-service: ขอ…") on the agency's own site.
 */
import { defineRule } from '../define.js';
import { channelCriterion } from '../channels.js';

const WORDS = ['e-service', 'eservice', 'e service', 'บริการออนไลน์', 'บริการอิเล็กทรอนิกส์', 'ยื่นคำร้องออนไลน์', 'คำร้องออนไลน์', 'ขอรับบริการ', 'แบบคำร้อง', 'จองคิว', 'ขออนุญาต'];

export default defineRule({
  id: 'O17',
  title: { th: 'มีช่องทางให้บริการออนไลน์ (E-Service) บนเว็บไซต์ของหน่วยงาน', en: 'An e-service on the agency website' },
  failureTitle: { th: 'ไม่พบ E-Service บนเว็บไซต์ของหน่วยงาน', en: 'No e-service on the agency website' },
  description: {
    th: 'ช่องทางที่ผู้รับบริการสามารถขอรับบริการตามอำนาจหน้าที่หรือภารกิจของหน่วยงาน โดยเป็นช่องทางผ่านทางเว็บไซต์ของหน่วยงาน',
    en: "A way to obtain the agency's services through its own website",
  },
  requires: ['page', 'links', 'forms'],
  keywords: WORDS,
  elements: {
    'e-service-channel': (ctx, el) =>
      channelCriterion(ctx, el, { words: WORDS, hrefHints: ['eservice', 'e-service', 'service/request', 'request', 'booking', 'queue'] }),
  },
});
