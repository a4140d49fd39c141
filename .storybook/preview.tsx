import type { Decorator, Preview } from '@storybook/react-vite';
import { dismissApiError, listApiErrorLocales } from 'mexc-error-kit';
import 'mexc-error-kit/styles.css';
import { configure, waitFor } from 'storybook/test';
import { silenceExpectedErrors } from '../stories/support/expected-errors';
import { unPseudoTexts } from '../stories/support/pseudo-check';
import type { KitStoryParameters } from '../stories/support/story-parameters';
import { DocsThemeContainer } from './DocsThemeContainer';
import { KitStoryFrame, type FrameMode } from './KitStoryFrame';

/** The pseudo-locale (accented, longer, bracketed English): in the toolbar to reveal hard-coded strings and truncation. */
const PSEUDO_LOCALE = 'en-XA';
/** ASCII words a kit component may show in any locale: key names of the toaster's hotkey. */
const ALWAYS_ASCII = ['Alt', 'Shift', 'Ctrl', 'Meta', 'Control'];

// Play functions wait for conditions, not for time: a busy machine may need far more than the default 1 s.
configure({ asyncUtilTimeout: 15_000 });

/** The toolbar's name of a locale: the language's own name for itself (`中文（中国）`), else the bare tag. */
function languageTitle(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Applies the toolbar's locale, theme and direction to every story, inside its own kit provider and store.
 * A story sends failures through that store with `useApiError().show(...)` (or `useApiError(error, {
 * toast: true })`), which shows through the nearest provider's store, and renders `<ApiErrorToaster />`
 * without a `store`; its `parameters.toastOptions` become the provider's `toastOptions`. A nested
 * `ApiErrorProvider` shares that store unless given one. `showApiError` goes to the kit's shared store,
 * which no story's toaster shows unless the story asks for it (`parameters.sharedToastStore`: the demo).
 */
const withKitGlobals: Decorator = (Story, context) => {
  const parameters = context.parameters as KitStoryParameters & { layout?: string };
  const mode: FrameMode = context.viewMode === 'docs' ? 'docs' : parameters.layout === 'fullscreen' ? 'fullscreen' : 'story';
  return (
    <KitStoryFrame
      // a new frame, hence a new toast store, for every story
      key={context.id}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      dir={context.globals.dir === 'rtl' ? 'rtl' : 'ltr'}
      locale={typeof context.globals.locale === 'string' ? context.globals.locale : 'en'}
      mode={mode}
      docsMinHeight={parameters.docsMinHeight}
      onAction={parameters.onAction}
      toastOptions={parameters.toastOptions}
      sharedToastStore={parameters.sharedToastStore}
    >
      <Story />
    </KitStoryFrame>
  );
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the kit’s texts',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        // Every locale the kit ships (its folders under src/locales/), each named in its own language.
        items: [
          ...listApiErrorLocales().map((tag) => ({ value: tag, title: languageTitle(tag) })),
          { value: PSEUDO_LOCALE, title: 'Pseudo (en-XA)' },
        ],
      },
    },
    theme: {
      description: 'Light or dark',
      toolbar: { title: 'Theme', icon: 'mirror', dynamicTitle: true, items: ['light', 'dark'] },
    },
    dir: {
      description: 'Writing direction',
      toolbar: { title: 'Direction', icon: 'transfer', dynamicTitle: true, items: ['ltr', 'rtl'] },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', dir: 'ltr' },
  decorators: [withKitGlobals],
  beforeEach({ parameters }) {
    // Stories get their own store from the decorator; code that calls showApiError (the demo, with
    // `sharedToastStore`) uses the kit's shared one, which starts empty for every story.
    dismissApiError();
    return silenceExpectedErrors((parameters as KitStoryParameters).expectedErrors ?? []);
  },
  async afterEach({ globals, parameters }) {
    // Under en-XA every text of the kit's components is pseudo'd: a plain English word is a string that bypasses the kit.
    const { pseudoAllowed = [], pseudoExempt } = parameters as KitStoryParameters;
    if (globals.locale !== PSEUDO_LOCALE || pseudoExempt) return;
    // texts arrive one chunk per part (UI strings, a catalog): wait until the last one has, then nothing may be English
    await waitFor(() => {
      const strays = unPseudoTexts(document, [...ALWAYS_ASCII, ...pseudoAllowed]);
      if (strays.length > 0) throw new Error(`Kit texts not in the pseudo-locale:\n${strays.join('\n')}`);
    });
  },
  parameters: {
    // addon-a11y: 'error' makes axe violations fail the story test (vitest + Storybook UI)
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
    // Each story's frame fills its docs preview edge to edge, so a dark or RTL preview is dark or RTL
    // to its border; the frame adds its own padding.
    docs: { canvas: { layout: 'fullscreen' }, container: DocsThemeContainer },
    options: {
      storySort: { order: ['Start here', ['Trading dashboard demo', 'Getting started'], 'Components', 'Hooks', 'Guides', 'Reference'] },
    },
  },
};
export default preview;
