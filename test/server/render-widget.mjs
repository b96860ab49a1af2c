// Calls renderWidget() of the module named first with the JSON payload named
// second ({ tag, attributes, options }), and prints { html } or { error } as
// JSON: how test/server/cli-runner.mjs lets browser tests call the API.
const [module, payload] = process.argv.slice(2);
const { renderWidget } = await import(module);
const { tag, attributes, options } = JSON.parse(payload);
try {
  process.stdout.write(JSON.stringify({ html: await renderWidget(tag, attributes, options) }));
} catch (error) {
  const { name, message, usage } = error;
  process.stdout.write(JSON.stringify({ error: { name, message, typeError: error instanceof TypeError, usage } }));
}
