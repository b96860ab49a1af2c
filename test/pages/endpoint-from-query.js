// Names the page's endpoint from its URL, ?endpoint=/ep/generated-7-300~run/,
// so one static page can be measured on any data. A classic script before the
// loader: the meta is in place before any widget reads it.
(() => {
  const endpoint = new URLSearchParams(location.search).get('endpoint');
  if (!endpoint) return;
  const meta = document.createElement('meta');
  meta.name = 'sparkpulse:endpoint';
  meta.content = endpoint;
  document.currentScript.before(meta);
})();
