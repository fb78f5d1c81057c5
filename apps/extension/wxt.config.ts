import { defineConfig } from 'wxt';

/**
 * OpenITA auditor's extension. Chrome/Edge: Manifest V3 with a side panel. Firefox: Manifest V3 with a sidebar.
 *
 * Permissions (see README.md, "Permissions"): activeTab, scripting, storage, unlimitedStorage, alarms, and sidePanel on
 * Chromium. No host permission is granted at install: the audited site and the API server are asked for at run time
 * (permissions.request), one origin at a time.
 *
 * OPENITA_E2E_HOSTS (build time, tests only): host patterns to grant at install, because a headless browser has no
 * person to click "Allow" in the permission prompt. The normal build never sets it.
 */
const e2eHosts = (process.env.OPENITA_E2E_HOSTS ?? '').split(/[\s,]+/).filter(Boolean);

export default defineConfig({
  srcDir: 'src',
  imports: false,
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  outDirTemplate: e2eHosts.length
    ? 'e2e-{{browser}}-mv{{manifestVersion}}'
    : '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'OpenITA',
    description: '__MSG_extDescription__',
    default_locale: 'th',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(e2eHosts.length ? { host_permissions: e2eHosts } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'auditor@openita',
              strict_min_version: '128.0',
              // The extension's purpose is to send captured pages (HTML, screenshot) to the OpenITA server the auditor sets.
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  vite: () => ({
    build: { chunkSizeWarningLimit: 2000 },
  }),
});
