/**
 * The background's work, separate from the entrypoint so that tests can start it against the fake browser:
 * own the submission queue, answer the panel's messages, wake up for retries, and open the panel on the toolbar icon.
 */
import { browser } from 'wxt/browser';
import { sendEvidence } from './evidence';
import { backgroundMessenger } from './messaging';
import { SubmissionQueue, type QueueDeps } from './queue';
import { getSettings, watchSettings } from './settings';

export const QUEUE_ALARM = 'openita-queue';

export interface BackgroundOptions {
  send?: QueueDeps['send'];
  now?: QueueDeps['now'];
  backoff?: QueueDeps['backoff'];
}

export function startBackground(options: BackgroundOptions = {}): { queue: SubmissionQueue; stop: () => void } {
  const stops: (() => void)[] = [];
  const queue = new SubmissionQueue({
    send: options.send ?? (async (submission, key) => sendEvidence(await getSettings(), submission, key)),
    ...(options.now ? { now: options.now } : {}),
    ...(options.backoff ? { backoff: options.backoff } : {}),
    schedule: async (when) => {
      await browser.alarms.clear(QUEUE_ALARM);
      if (when != null) await browser.alarms.create(QUEUE_ALARM, { when: Math.max(when, Date.now() + 1_000) });
    },
  });
  const drain = () => queue.drain().catch((e) => console.error('[openita] queue', e));

  stops.push(
    backgroundMessenger.onMessage('queue:enqueue', async ({ data }) => {
      const entry = await queue.enqueue(data);
      void drain();
      return entry;
    }),
    backgroundMessenger.onMessage('queue:retry', async ({ data }) => {
      await queue.retry(data);
      void drain();
    }),
    backgroundMessenger.onMessage('queue:discard', ({ data }) => queue.discard(data)),
    backgroundMessenger.onMessage('queue:drain', async () => {
      await queue.retryAllPending();
      return queue.drain();
    }),
  );

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === QUEUE_ALARM) void drain();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  stops.push(() => browser.alarms.onAlarm.removeListener(onAlarm));

  // New server, new token: what waited for them (or failed on them) is worth trying at once.
  stops.push(
    watchSettings(async () => {
      await queue.requeueFailed((e) => e.lastError?.kind === 'auth' || e.lastError?.kind === 'not-configured');
      await queue.retryAllPending();
      void drain();
    }),
  );

  // Worker (re)start, browser start: resume whatever was cut off.
  void queue.recover().then(drain);
  return {
    queue,
    stop: () => {
      for (const s of stops) s();
    },
  };
}
