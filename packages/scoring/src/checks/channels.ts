/**
 * Channels on the agency's own website (O8 Q&A, O17 E-Service, O30 complaints, O32 opinions): a form that takes a
 * message, a webboard or Q&A system, or a link to such a system on the agency's own origin. A channel elsewhere
 * (a LINE account, a national portal) does not count: the NACC requires it to work through the agency's website.
 */
import type { ItemElement } from '../framework/model.js';
import type { PageForm, PageLink } from '../page/model.js';
import { criterion, key, keys, snippet } from './lib.js';
import { preparePage } from './context.js';
import type { CheckContext, CriterionResult } from './types.js';

/** Where the agency's own website is: the given origins, else the page's. */
export function ownOrigins(ctx: CheckContext): string[] {
  if (ctx.siteOrigins.length) return ctx.siteOrigins;
  if (!ctx.page.url) return [];
  try {
    return [new URL(ctx.page.url).origin];
  } catch {
    return [];
  }
}

function sameSite(href: string | null, origins: string[]): boolean {
  if (!href) return false;
  try {
    const host = new URL(href).hostname.replace(/^www\./, '');
    return origins.some((o) => {
      const h = new URL(o).hostname.replace(/^www\./, '');
      return host === h || host.endsWith(`.${h}`);
    });
  } catch {
    return false;
  }
}

/** A form a visitor can write a message in: a textarea, or a text field plus a submit. */
export function isMessageForm(form: PageForm): boolean {
  const textarea = form.fields.some((f) => f.tag === 'textarea');
  const textual = form.fields.filter((f) => f.tag === 'input' && ['text', 'email', 'tel', ''].includes(f.type)).length;
  const submit = form.fields.some((f) => f.type === 'submit' || f.tag === 'button');
  const search = /search|ค้นหา/i.test(`${form.action ?? ''} ${form.fields.map((f) => f.name).join(' ')}`) && !textarea;
  return !search && (textarea || (textual >= 2 && submit));
}

export interface ChannelSpec {
  /** Words that name this kind of channel (in a form's text, a heading, a link). */
  words: readonly string[];
  /** Known systems' paths or script names (webboard, Q&A plug-ins) that make a link or page a channel. */
  hrefHints?: readonly string[];
}

/** Judges one channel element: a message form on this page, or a same-site link to the channel. */
export function channelCriterion(ctx: CheckContext, element: ItemElement, spec: ChannelSpec): CriterionResult {
  const { text } = preparePage(ctx.page);
  const words = keys(spec.words);
  const origins = ownOrigins(ctx);
  const pageAbout = words.some((w) => text.heading.includes(w));
  for (const form of ctx.page.forms) {
    if (!isMessageForm(form)) continue;
    const formKey = key(form.text);
    const external = form.action && /^https?:/i.test(form.action) && !sameSite(form.action, origins);
    if (external) continue;
    if (pageAbout || words.some((w) => formKey.includes(w)))
      return criterion(element, true, { snippet: snippet(form.text || 'แบบฟอร์ม'), path: form.path });
  }
  const hints = (spec.hrefHints ?? []).map((h) => h.toLowerCase());
  const isChannelLink = (l: PageLink, k: number) =>
    (l.kind === 'internal' || l.kind === 'external') &&
    (words.some((w) => (text.links[k] ?? '').includes(w)) || hints.some((h) => (l.href ?? '').toLowerCase().includes(h)));
  let elsewhere: PageLink | null = null;
  for (let k = 0; k < ctx.page.links.length; k++) {
    const l = ctx.page.links[k] as PageLink;
    if (!isChannelLink(l, k)) continue;
    if (sameSite(l.href, origins))
      return criterion(element, pageAbout ? true : null, { snippet: l.text, path: l.path, ...(l.href ? { href: l.href } : {}) }, pageAbout ? undefined : {
        th: 'พบลิงก์ไปยังช่องทางบนเว็บไซต์ของหน่วยงาน ต้องตรวจว่าใช้งานได้',
        en: "A link to the channel on the agency's site: check that it works",
      });
    elsewhere ??= l;
  }
  // A page about the channel whose widget comes from a script (chat, webboard plug-ins).
  if (pageAbout && ctx.page.scripts.some((s) => hints.some((h) => s.toLowerCase().includes(h))))
    return criterion(element, true, { snippet: ctx.page.title });
  if (elsewhere)
    return criterion(element, false, { snippet: elsewhere.text, path: elsewhere.path, ...(elsewhere.href ? { href: elsewhere.href } : {}) }, {
      th: 'ช่องทางอยู่นอกเว็บไซต์ของหน่วยงาน: ต้องเป็นช่องทางผ่านเว็บไซต์ของหน่วยงาน',
      en: "The channel is outside the agency's website; it must work through the agency's own site",
    });
  return criterion(element, false, null);
}
