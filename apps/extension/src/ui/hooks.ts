import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { findAgencies, type ItemStatus, itemStatuses } from '../lib/evidence';
import { type QueueEntry, queueItem } from '../lib/queue';
import {
  type AgencyRef,
  DEFAULT_SETTINGS,
  getSettings,
  type Settings,
  updateSettings,
  watchSettings,
} from '../lib/settings';
import { activeTab, describeTab, pinnedTabId, type TargetTab } from '../lib/target';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings()
      .catch(() => DEFAULT_SETTINGS)
      .then((s) => live && setSettings(s));
    const stop = watchSettings(() => {
      void getSettings().then((s) => live && setSettings(s));
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

/**
 * The tab the panel audits: `?tabId=N` pins it; otherwise the active tab of the panel's window, followed as the
 * auditor switches tabs or navigates.
 */
export function useTarget(): { target: TargetTab | null; pinned: boolean; refresh: () => void } {
  const pinned = pinnedTabId();
  const [target, setTarget] = useState<TargetTab | null>(null);
  const refresh = useCallback(() => {
    void (pinned != null ? describeTab(pinned) : activeTab()).then(setTarget);
  }, [pinned]);
  useEffect(() => {
    refresh();
    const onActivated = () => {
      if (pinned == null) refresh();
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string; title?: string }) => {
      if ((change.url || change.status === 'complete' || change.title) && (pinned == null || tabId === pinned))
        refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinned, refresh]);
  return { target, pinned: pinned != null, refresh };
}

export function useQueue(): QueueEntry[] {
  const [entries, setEntries] = useState<QueueEntry[]>([]);
  useEffect(() => {
    void queueItem.getValue().then(setEntries);
    return queueItem.watch((v) => setEntries(v ?? []));
  }, []);
  return entries;
}

/**
 * Each item's status on the server (accepted evidence turns an item green). Refreshed on demand, when a submission
 * is delivered, and every 20 s while the panel is visible.
 */
export function useItemStatuses(
  settings: Settings | null,
  deliveredCount: number,
): { statuses: Record<string, ItemStatus>; error: string | null; refresh: () => void; loading: boolean } {
  const [statuses, setStatuses] = useState<Record<string, ItemStatus>>({});
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const ready = !!(settings?.apiUrl && settings.token && settings.agency);
  const agencyId = settings?.agency?.id;
  const refresh = useCallback(() => {
    if (!settings || !ready || !agencyId) {
      setStatuses({});
      return;
    }
    const n = ++seq.current;
    setLoading(true);
    itemStatuses(settings, agencyId, settings.framework)
      .then((s) => {
        if (n !== seq.current) return;
        setStatuses(s);
        setError(null);
      })
      .catch((e) => n === seq.current && setError(e instanceof Error ? e.message : String(e)))
      .finally(() => n === seq.current && setLoading(false));
  }, [settings, ready, agencyId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliveredCount is the trigger
  useEffect(() => {
    refresh();
  }, [refresh, deliveredCount]);
  useEffect(() => {
    if (!ready) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, 20_000);
    return () => clearInterval(timer);
  }, [ready, refresh]);
  return { statuses, error, refresh, loading };
}

function originOf(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

const sameSite = (a: string, b: string) => {
  const host = (o: string) => new URL(o).hostname.replace(/^www\./, '');
  try {
    return host(a) === host(b);
  } catch {
    return false;
  }
};

/**
 * The agency of the site in the tab, asked of the API by origin: chosen at once when none is chosen yet; offered
 * (not imposed) when the auditor is auditing another agency.
 */
export function useAgencyOfSite(
  settings: Settings,
  url: string | undefined,
): { suggestion: AgencyRef | null; accept: () => void } {
  const [suggestion, setSuggestion] = useState<AgencyRef | null>(null);
  const origin = originOf(url);
  const configured = !!(settings.apiUrl && settings.token);
  const current = settings.agency;
  useEffect(() => {
    setSuggestion(null);
    if (!configured || !origin) return;
    if (current?.origins.some((o) => sameSite(o, origin))) return;
    let live = true;
    findAgencies(settings, { origin })
      .then(([found]) => {
        if (!live || !found || found.id === current?.id) return;
        if (!current) void updateSettings({ agency: found });
        else setSuggestion(found);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [configured, origin, current, settings]);
  return {
    suggestion,
    accept: () => {
      if (suggestion) void updateSettings({ agency: suggestion }).then(() => setSuggestion(null));
    },
  };
}
