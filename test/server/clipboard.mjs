// A test-runner command that lets the page use the clipboard as a reader who
// allowed it would: `executeServerCommand('grant-clipboard')`. Headless
// Chromium asks no one, so without the grant navigator.clipboard refuses.
//
// Chromium drops a session's permission overrides when that session
// detaches, so the session stays open until the page closes. Each test file
// has its own browser context (web-test-runner.config.mjs): the grant names it.
export function clipboardPlugin() {
  return {
    name: 'sparkpulse-clipboard',
    async executeCommand({ command, session }) {
      if (command !== 'grant-clipboard') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.browser().target().createCDPSession();
      page.once('close', () => cdp.detach().catch(() => undefined));
      await cdp.send('Browser.grantPermissions', {
        origin: new URL(page.url()).origin,
        browserContextId: page.browserContext().id || undefined,
        permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
      });
      return true;
    },
  };
}
