import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, type ReactNode } from 'react';
import { ApiErrorProvider, dismissApiError, type ApiErrorProviderProps } from 'mexc-error-kit';
import 'mexc-error-kit/styles.css';
import { configure } from 'storybook/test';
import { storyMessages as messages } from '../stories/support/kit-texts';

// Play functions wait for conditions, not for time: a busy machine may need far more than the default 1 s.
configure({ asyncUtilTimeout: 15_000 });

type Theme = 'light' | 'dark';

const PAGE: Record<Theme, { background: string; color: string }> = {
  light: { background: '#ffffff', color: '#1a1d23' },
  dark: { background: '#111418', color: '#e8eaed' },
};

/** Applies the toolbar's locale, theme and direction to every story, inside a kit provider. */
const withKitGlobals: Decorator = (Story, context) => (
  <KitGlobals
    theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
    dir={context.globals.dir === 'rtl' ? 'rtl' : 'ltr'}
    locale={typeof context.globals.locale === 'string' ? context.globals.locale : 'en'}
    fullscreen={context.parameters.layout === 'fullscreen'}
    onAction={context.parameters.onAction}
  >
    <Story />
  </KitGlobals>
);

interface KitGlobalsProps {
  theme: Theme;
  dir: 'ltr' | 'rtl';
  locale: string;
  fullscreen: boolean;
  onAction?: ApiErrorProviderProps['onAction'];
  children: ReactNode;
}

function KitGlobals({ theme, dir, locale, fullscreen, onAction, children }: KitGlobalsProps) {
  useEffect(() => {
    // The page itself follows the toolbar, so docs and portals match the story.
    document.documentElement.dir = dir;
    document.documentElement.lang = locale;
    document.documentElement.style.colorScheme = theme;
    document.body.style.background = PAGE[theme].background;
  }, [dir, locale, theme]);

  return (
    <div
      data-theme={theme}
      dir={dir}
      lang={locale}
      style={{ ...PAGE[theme], colorScheme: theme, minHeight: fullscreen ? '100vh' : undefined, padding: fullscreen ? 0 : 16 }}
    >
      <ApiErrorProvider locale={locale} messages={messages} onAction={onAction}>
        {children}
      </ApiErrorProvider>
    </div>
  );
}

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
  // Every story starts with no toasts left over from the one before.
  beforeEach() {
    dismissApiError();
  },
  parameters: {
    // addon-a11y: 'error' makes axe violations fail the story test (vitest + Storybook UI)
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
    options: {
      storySort: { order: ['Start here', ['Trading dashboard demo', 'Getting started'], 'Components', 'Hooks', 'Guides', 'Reference'] },
    },
  },
};
export default preview;
