import type { StorybookConfig } from '@storybook/react-vite';
import type { Plugin } from 'vite';

const DOCGEN_MARKER = '.__docgenInfo';
// `{@link Name}`, `{@link Name label}` and `{@link Name | label}` as TSDoc writes them.
const TSDOC_LINK = /\{@link(?:code|plain)?\s+([^\s}|]+)(?:\s*\|?\s*([^}]*))?\}/g;

/** `{@link ApiErrorFallbackProps}` → `` `ApiErrorFallbackProps` `` (markdown code in a props table). */
function tsdocLinksAsCode(text: string): string {
  return text.replace(TSDOC_LINK, (_link, target: string, label?: string) => `\`${label?.trim() || target}\``);
}

/**
 * The kit's TSDoc uses `{@link Name}`, which IDEs turn into links but props tables would print raw.
 * Rewrites them as code in the `__docgenInfo` that react-docgen-typescript appends to a module, and
 * nowhere else in the module.
 */
function docgenLinksAsCode(): Plugin {
  return {
    name: 'mek:docgen-links-as-code',
    enforce: 'post',
    transform(code, id) {
      const start = code.indexOf(DOCGEN_MARKER);
      if (start === -1 || !/\.tsx$/.test(id.split('?')[0] ?? '')) return null;
      const docgen = code.slice(start);
      const readable = tsdocLinksAsCode(docgen);
      return readable === docgen ? null : { code: code.slice(0, start) + readable, map: null };
    },
  };
}

/** Files whose props tables the docs pages show (see `typescript.reactDocgenTypescriptOptions`). */
const DOCUMENTED_FILES = ['src/react/ApiError*.tsx', 'stories/support/api-tables.tsx'];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  features: { sidebarOnboardingChecklist: false },
  typescript: {
    // Props tables with the kit's real types, read by the TypeScript checker: `resetKeys` is
    // `readonly unknown[]` (react-docgen said `unknown`), and UseApiErrorOptions lists what it inherits
    // from ShowApiErrorOptions in another file. Costs the checker's time: measured on a cold cache, about
    // 1-2 s more before the first preview with the include and warmup below, up to 15 s without them.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // Only what a docs page documents: the kit's public components and the hooks' typed tables. Every
      // file parsed here costs type-checker time before the first preview can render.
      include: [...DOCUMENTED_FILES],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Props declared by React or the DOM (key, ref, aria-*) are not the kit's.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), docgenLinksAsCode()],
    // Transforms these as soon as the server starts, so that react-docgen-typescript builds its program
    // while the browser is still loading the manager, not while the first preview waits for it.
    server: { ...viteConfig.server, warmup: { clientFiles: ['./.storybook/preview.tsx', ...DOCUMENTED_FILES.map((file) => `./${file}`)] } },
  }),
};
export default config;
