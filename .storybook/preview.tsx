import type { Decorator, Preview } from '@storybook/react-vite';
import { dismissApiError } from 'mexc-error-kit';
import 'mexc-error-kit/styles.css';
import { configure } from 'storybook/test';
import { silenceExpectedErrors } from '../stories/support/expected-errors';
import type { KitStoryParameters } from '../stories/support/story-parameters';
import { DocsThemeContainer } from './DocsThemeContainer';
import { KitStoryFrame, type FrameMode } from './KitStoryFrame';

// Play functions wait for conditions, not for time: a busy machine may need far more than the default 1 s.
configure({ asyncUtilTimeout: 15_000 });

/**
 * Applies the toolbar's locale, theme and direction to every story, inside its own kit provider and store.
 * A story sends failures through that store (`useApiErrorContext().store.show(...)`, `useApiError`,
 * `createApiErrorQueryClient({ apiError: { store } })`) and renders `<ApiErrorToaster />` without a `store`;
 * `showApiError` goes to the kit's shared store, which no story's toaster shows. A nested
 * `ApiErrorProvider` keeps the story's store only when given `store={useApiErrorContext().store}`.
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
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
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
    // Stories get their own store from the decorator; code that calls showApiError (the demo) still
    // uses the kit's shared one, which starts empty for every story.
    dismissApiError();
    return silenceExpectedErrors((parameters as KitStoryParameters).expectedErrors ?? []);
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
