import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { ApiErrorProvider, createToastStore, type ApiErrorActionHandler } from 'mexc-error-kit';
import { storyMessages as messages } from '../stories/support/kit-texts';

export type Theme = 'light' | 'dark';

const PAGE: Record<Theme, { background: string; color: string }> = {
  light: { background: '#ffffff', color: '#1a1d23' },
  dark: { background: '#111418', color: '#e8eaed' },
};

/** `story`: the canvas; `fullscreen`: the canvas without padding; `docs`: one of several boxes on a docs page. */
export type FrameMode = 'story' | 'fullscreen' | 'docs';

export interface KitStoryFrameProps {
  theme: Theme;
  dir: 'ltr' | 'rtl';
  locale: string;
  mode: FrameMode;
  /** Room for the story's toasts on a docs page (see KitStoryParameters.docsMinHeight). */
  docsMinHeight?: number;
  onAction?: ApiErrorActionHandler;
  children: ReactNode;
}

function frameStyle(theme: Theme, mode: FrameMode, docsMinHeight: number | undefined): CSSProperties {
  const base: CSSProperties = { ...PAGE[theme], colorScheme: theme, padding: 16 };
  if (mode === 'fullscreen') return { ...base, padding: 0, minHeight: '100vh' };
  if (mode === 'story') return base;
  // A transformed box is the containing block of its `position: fixed` descendants: the story's toaster
  // sits in the corner of this box instead of the docs page's viewport, next to its own story.
  return { ...base, padding: 24, transform: 'translateZ(0)', minHeight: docsMinHeight, boxSizing: 'border-box' };
}

/**
 * One story with the toolbar's locale, theme and direction, inside its own `ApiErrorProvider` with its
 * own toast store: the stories of a docs page neither share nor see each other's toasts.
 */
export function KitStoryFrame({ theme, dir, locale, mode, docsMinHeight, onAction, children }: KitStoryFrameProps) {
  const [store] = useState(() => createToastStore());
  // Clears the auto-dismiss timers of whatever the story left on screen.
  useEffect(() => () => store.dismiss(), [store]);

  useEffect(() => {
    const root = document.documentElement;
    // A docs page is English prose around the previews: it stays left-to-right in English and follows the
    // toolbar's theme (see DocsThemeContainer). A story's canvas is the whole page, so the page follows it.
    const page = mode === 'docs' ? { dir: 'ltr', lang: 'en', theme } : { dir, lang: locale, theme };
    root.dir = page.dir;
    root.lang = page.lang;
    root.style.colorScheme = page.theme;
    document.body.style.background = PAGE[page.theme].background;
  }, [mode, dir, locale, theme]);

  return (
    <div data-theme={theme} dir={dir} lang={locale} data-mek-story-frame={mode} style={frameStyle(theme, mode, docsMinHeight)}>
      <ApiErrorProvider locale={locale} messages={messages} onAction={onAction} store={store}>
        {children}
      </ApiErrorProvider>
    </div>
  );
}
