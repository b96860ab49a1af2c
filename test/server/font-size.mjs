// A test-runner command that sets the browser's default font size, as a
// reader does in their settings: `executeServerCommand('set-default-font-size', { size })`.
export function fontSizePlugin() {
  return {
    name: 'sparkpulse-font-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-default-font-size') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.size, fixed: Math.round(payload.size * 0.8125) } });
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}
