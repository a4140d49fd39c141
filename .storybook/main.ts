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

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  features: { sidebarOnboardingChecklist: false },
  typescript: {
    // Props tables with the kit's real types (`readonly unknown[]`, `(props: ApiErrorFallbackProps) =>
    // ReactNode`) and inherited members (UseApiErrorOptions extends ShowApiErrorOptions), which
    // react-docgen cannot follow across files.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // Only the kit's components and the typed tables of stories/support; a smaller program starts faster.
      include: ['src/react/**/*.tsx', 'stories/support/**/*.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Props declared by React or the DOM (key, ref, aria-*) are not the kit's.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), docgenLinksAsCode()],
  }),
};
export default config;
