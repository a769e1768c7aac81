import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage, judgeNavigation } from '../lib/ext/background-handlers';
import { checkForUpdate, verifyStoredUpdate } from '../lib/ext/rules-update';
import { readSettings, settingsItem } from '../lib/ext/storage';
import { forgetTab } from '../lib/ext/tabs';

const UPDATE_ALARM = 'rules-update';

export default defineBackground(() => {
  void verifyStoredUpdate();
  // Judge every top-level navigation before the page loads, and again once committed (server redirects).
  browser.webNavigation.onBeforeNavigate.addListener((d) => {
    if (d.frameId === 0) void judgeNavigation(d.tabId, d.url);
  });
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId === 0) void judgeNavigation(d.tabId, d.url);
  });
  // A single-page app changed its address (history.pushState): judge it, then have the page's content script
  // read the page again (no polling for address changes in every tab). In that order, so the page's model is
  // recorded against the new address's verdict, never before it.
  browser.webNavigation.onHistoryStateUpdated.addListener((d) => {
    if (d.frameId !== 0) return;
    void judgeNavigation(d.tabId, d.url)
      .then(() => browser.tabs.sendMessage(d.tabId, { type: 'location-changed' }, { frameId: 0 }))
      .catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));

  // Signed rule updates, once a day, only when the user (or a maintainer's build) set an address.
  const schedule = async () => {
    const { rulesUrl } = await readSettings();
    await browser.alarms.clear(UPDATE_ALARM);
    if (rulesUrl) await browser.alarms.create(UPDATE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  };
  void schedule();
  settingsItem.watch(() => void schedule());
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === UPDATE_ALARM) await checkForUpdate((await readSettings()).rulesUrl);
  });
});
