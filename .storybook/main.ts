import type { StorybookConfig } from '@storybook/web-components-vite';
import type { BuildEnvironmentOptions, PluginOption } from 'vite';

/** vite-plugin-dts names its plugins `unplugin-dts` (v5) or `vite:dts` (v4). */
const isDts = (name: string) => name.startsWith('vite:dts') || name.startsWith('unplugin-dts');

/** Vite accepts plugins nested in arrays and promises; this flattens both. */
async function flatten(option: PluginOption): Promise<PluginOption[]> {
  const resolved = await option;
  return Array.isArray(resolved) ? (await Promise.all(resolved.map(flatten))).flat() : [resolved];
}

/** Removes what vite.config.ts's library build sets and an app build cannot use. */
function asAppBuild(build: BuildEnvironmentOptions): void {
  delete build.lib;
  for (const options of [build.rolldownOptions, build.rollupOptions]) {
    if (!options) continue;
    // The library keeps lit and zod external; the stories need them bundled.
    if (typeof options.external === 'function') delete options.external;
    for (const output of [options.output ?? []].flat()) {
      delete output.preserveModules;
      delete output.preserveModulesRoot;
    }
  }
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  staticDirs: [{ from: '../demo/endpoint', to: '/endpoint' }],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    const plugins = await flatten(config.plugins ?? []);
    config.plugins = plugins.filter((plugin) => !(plugin && 'name' in plugin && isDts(plugin.name)));
    if (config.build) asAppBuild(config.build);
    return config;
  },
};

export default config;
