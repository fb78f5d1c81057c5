/**
 * Channels that must work through the agency's own website (O8 Q&A, O17 E-Service, O30 complaints, O32 opinions).
 * Accepted, as a consultant accepts them: a form a visitor can write in, on the page (posting to the agency's own
 * site) or embedded in it (a Google or Microsoft form inside the agency's page); a webboard on the agency's site; a
 * link to the channel on the agency's own site or its subdomains. Not accepted: channels that leave the site (LINE,
 * Facebook Messenger, a Google Form opened elsewhere, another agency's portal), a static FAQ, a telephone number.
 */
import type { ItemElement, LocalText } from '../framework/model.js';
import type { PageForm, PageLink } from '../page/model.js';
import { criterion, key, keys, linkProof, snippet } from './lib.js';
import type { CheckContext, CriterionResult } from './types.js';

/** The agency's own website: the origins given by the caller, else the page's. */
export function ownHosts(ctx: CheckContext): string[] {
  const list = ctx.siteOrigins.length ? ctx.siteOrigins : ctx.page.url ? [ctx.page.url] : [];
  const out: string[] = [];
  for (const o of list) {
    try {
      out.push(new URL(o).hostname.replace(/^www\./, '').toLowerCase());
    } catch {
      /* not a URL */
    }
  }
  return out;
}

/** The agency's registrable name: "nakhonphrai.go.th" for "www.nakhonphrai.go.th", so subdomains count as its site. */
const SECOND_LEVEL = new Set(['go', 'ac', 'or', 'co', 'in', 'mi', 'net', 'com', 'org', 'gov', 'edu']);

function siteName(host: string): string {
  const parts = host.split('.');
  const n = parts.length >= 3 && SECOND_LEVEL.has(parts[parts.length - 2] as string) ? 3 : 2;
  return parts.slice(-n).join('.');
}

export function onOwnSite(href: string | null, hosts: string[]): boolean {
  if (!href) return false;
  let host: string;
  try {
    host = new URL(href).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return false;
  }
  return hosts.some((h) => host === h || host.endsWith(`.${h}`) || siteName(host) === siteName(h));
}

const SEARCH_OR_LOGIN = /search|ค้นหา|login|signin|log-in|เข้าสู่ระบบ|password|รหัสผ่าน|subscribe|newsletter/i;

/** A form a visitor can write a message in: a textarea, or two or more text fields and a way to submit. */
export function isMessageForm(form: PageForm): boolean {
  const textarea = form.fields.some((f) => f.tag === 'textarea');
  const textual = form.fields.filter((f) => f.tag === 'input' && ['text', 'email', 'tel', ''].includes(f.type)).length;
  const submit = form.fields.some((f) => f.type === 'submit' || f.tag === 'button' || f.type === 'image');
  const names = `${form.action ?? ''} ${form.fields.map((f) => `${f.name} ${f.type}`).join(' ')} ${form.text.slice(0, 200)}`;
  if (SEARCH_OR_LOGIN.test(names) && !textarea) return false;
  return textarea || (textual >= 2 && submit);
}

const FORM_SERVICES =
  /docs\.google\.com\/forms|forms\.gle|forms\.office\.com|forms\.microsoft\.com|jotform|surveymonkey|typeform/i;
const OFF_SITE_CHANNELS =
  /line\.me|lin\.ee|m\.me\/|messenger\.com|facebook\.com|fb\.com|forms\.gle|docs\.google\.com\/forms|forms\.office\.com/i;

export interface ChannelSpec {
  /** Words that name this kind of channel (in a link, a button, the page's heading). */
  words: readonly string[];
  /** Parts of a URL that mark a channel system (webboard, complaint system …). */
  hrefHints?: readonly string[];
  /** A list of topics with a "new topic" link counts (webboards: Q&A, opinions). */
  webboard?: boolean;
  /** What the form or link must name (E-Service: the service asked for). Checked in the form's text and the links. */
  mustName?: readonly string[];
}

const NEW_TOPIC = [
  'ตั้งกระทู้',
  'ตั้งคำถาม',
  'ถามคำถาม',
  'เขียนกระทู้',
  'newtopic',
  'new topic',
  'add topic',
  'post a question',
  'ask a question',
  'แสดงความคิดเห็น',
  'ส่งคำถาม',
];

const NOTE_OFF_SITE: LocalText = {
  th: 'ช่องทางอยู่นอกเว็บไซต์ของหน่วยงาน (เช่น LINE, Facebook, แบบฟอร์มภายนอก, ระบบของหน่วยงานอื่น): ต้องเป็นช่องทางผ่านเว็บไซต์ของหน่วยงาน',
  en: "The channel leaves the agency's website (LINE, Facebook, an outside form, another agency's system): it must work through the agency's own site",
};
const NOTE_NONE: LocalText = {
  th: 'ไม่พบแบบฟอร์ม กระดานสนทนา หรือลิงก์ไปยังช่องทางบนเว็บไซต์ของหน่วยงาน',
  en: "No form, webboard or link to the channel on the agency's website",
};

function names(text: string, spec: ChannelSpec): boolean {
  if (!spec.mustName?.length) return true;
  const k = key(text);
  return keys(spec.mustName).some((n) => k.includes(n));
}

/** Judges one channel element on a page about the channel. */
export function channelCriterion(ctx: CheckContext, element: ItemElement, spec: ChannelSpec): CriterionResult {
  const hosts = ownHosts(ctx);
  const words = keys(spec.words);
  const hints = (spec.hrefHints ?? []).map((h) => h.toLowerCase());
  const linkKeys = ctx.facts.linkKeys;
  const pageNames = names(`${ctx.page.title}\n${ctx.page.mainText.slice(0, 20_000)}`, spec);

  // 1. A form on the page that posts to the agency's own site.
  for (const form of ctx.page.forms) {
    if (form.inNav || !isMessageForm(form)) continue;
    let action: string | null = null;
    try {
      action = form.action ? new URL(form.action, ctx.page.url ?? undefined).href : ctx.page.url;
    } catch {
      action = null;
    }
    const local = !form.action || !/^https?:/i.test(form.action) || onOwnSite(action, hosts);
    if (!local) continue;
    if (names(form.text, spec) || pageNames)
      return criterion(element, true, { snippet: snippet(form.text || 'แบบฟอร์ม'), path: form.path });
  }
  // 2. A form service embedded in the page.
  const embedded = ctx.page.frames.find((f) => !f.inNav && FORM_SERVICES.test(f.src));
  if (embedded && pageNames)
    return criterion(element, true, {
      snippet: embedded.title || 'แบบฟอร์มออนไลน์ที่ฝังในหน้า',
      path: embedded.path,
      href: embedded.src,
    });

  // 3. Links: to the channel on the agency's site, or away from it.
  let offSite: PageLink | null = null;
  let topics = 0;
  let newTopic: PageLink | null = null;
  let channelLink: PageLink | null = null;
  const newTopicKeys = keys(NEW_TOPIC);
  // Pages repeat their links (share buttons, menus): each address is placed once.
  const owned = new Map<string, boolean>();
  ctx.page.links.forEach((l, k) => {
    if (l.inNav || !l.href) return;
    const t = linkKeys[k] ?? '';
    const href = l.href.toLowerCase();
    let own = owned.get(l.href);
    if (own === undefined) {
      own = onOwnSite(l.href, hosts);
      owned.set(l.href, own);
    }
    const named = words.some((w) => t.includes(w)) || hints.some((h) => href.includes(h));
    if (own && spec.webboard && /topic|thread|board|forum|webboard|qa|question|กระทู้|view/i.test(href)) topics++;
    if (own && newTopicKeys.some((n) => t.includes(n))) newTopic ??= l;
    if (own && (named || (spec.mustName && names(l.text, spec))) && l.kind !== 'pdf' && l.kind !== 'image')
      channelLink ??= l;
    if (!own && (OFF_SITE_CHANNELS.test(href) || l.kind === 'external' || l.kind === 'social')) offSite ??= l;
  });
  if (spec.webboard && newTopic && topics >= 1) return criterion(element, true, linkProof(newTopic as PageLink));
  if (channelLink && names((channelLink as PageLink).text, spec))
    return criterion(element, true, linkProof(channelLink as PageLink));
  // A widget loaded by script (chat, webboard plug-ins) on a page about the channel.
  const widget = ctx.page.scripts.find((s) => hints.some((h) => s.toLowerCase().includes(h)));
  if (widget && onOwnSite(resolve(widget, ctx.page.url), hosts)) return criterion(element, true, { snippet: widget });
  if (offSite) return criterion(element, false, linkProof(offSite), NOTE_OFF_SITE);
  return criterion(element, false, null, NOTE_NONE);
}

function resolve(src: string, base: string | null): string | null {
  try {
    return new URL(src, base ?? undefined).href;
  } catch {
    return null;
  }
}
