import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { ApiErrorProvider, createToastStore, dismissApiError, type ApiErrorActionHandler, type ToastOptions } from 'mexc-error-kit';

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
  /** The provider's toast options (see KitStoryParameters.toastOptions). */
  toastOptions?: ToastOptions;
  /** Use the kit's shared store instead of one of the story's own (see KitStoryParameters.sharedToastStore). */
  sharedToastStore?: boolean;
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
 * own toast store: the stories of a docs page neither share nor see each other's toasts. A story puts a
 * failure into that store with `useApiError().show(...)` (the hook shows through the nearest provider's
 * store) and renders `<ApiErrorToaster />` without a `store`; nested providers share it unless given one.
 * The provider loads the kit's texts for the locale on demand, as in an app: a toast appears once its
 * catalog's texts are there (`findBy*` in plays).
 */
export function KitStoryFrame(props: KitStoryFrameProps) {
  const { theme, dir, locale, mode, docsMinHeight, onAction, toastOptions, sharedToastStore = false, children } = props;
  const [store] = useState(() => (sharedToastStore ? undefined : createToastStore()));
  // Clears the auto-dismiss timers of whatever the story left on screen.
  useEffect(() => () => (store ? store.dismiss() : dismissApiError()), [store]);

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
      <ApiErrorProvider locale={locale} onAction={onAction} toastOptions={toastOptions} store={store}>
        {children}
      </ApiErrorProvider>
    </div>
  );
}
