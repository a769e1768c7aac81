import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage, judgeNavigation } from '../lib/ext/background-handlers';
import { forgetTab } from '../lib/ext/tabs';

export default defineBackground(() => {
  // Judge every top-level navigation before the page loads, and again once committed (server redirects).
  browser.webNavigation.onBeforeNavigate.addListener((d) => {
    if (d.frameId === 0) void judgeNavigation(d.tabId, d.url);
  });
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId === 0) void judgeNavigation(d.tabId, d.url);
  });
  browser.webNavigation.onHistoryStateUpdated.addListener((d) => {
    if (d.frameId === 0) void judgeNavigation(d.tabId, d.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
});
