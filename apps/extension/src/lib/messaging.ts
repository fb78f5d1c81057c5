/**
 * Messages between the extension's parts (typed with @webext-core/messaging):
 * - side panel → content script (in the audited tab): take a snapshot of the page, highlight an element;
 * - side panel → background: queue a submission, retry or discard one, send what is due now.
 * The queue's state itself is read from storage (it changes under the panel's eyes, see queue.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DrainReport, QueueEntry, SubmissionInput } from './queue';

/** The page as the auditor sees it: the serialised live DOM and where it came from. */
export interface PageSnapshot {
  url: string;
  title: string;
  /** `<!DOCTYPE …>` + document.documentElement.outerHTML, after scripts ran. */
  html: string;
  /** ISO time of the capture. */
  capturedAt: string;
  lang: string | null;
  /** Milliseconds the serialisation took in the page. */
  serializeMs: number;
}

export interface HighlightResult {
  found: boolean;
  /** How many elements the path matched (1 when it is precise). */
  count: number;
  /** The element takes up space on screen (false: hidden, e.g. in a collapsed accordion). */
  visible: boolean;
}

export interface ContentProtocol {
  'page:ping'(): { url: string };
  'page:snapshot'(): PageSnapshot;
  'page:highlight'(data: { path: string; label?: string }): HighlightResult;
  'page:clear'(): void;
}

export interface BackgroundProtocol {
  'queue:enqueue'(submission: SubmissionInput): QueueEntry;
  'queue:retry'(id: string): void;
  'queue:discard'(id: string): void;
  'queue:drain'(): DrainReport;
}

export const contentMessenger = defineExtensionMessaging<ContentProtocol>();
export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
