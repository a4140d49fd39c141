import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import type { PropsWithChildren } from 'react';
import { themes } from 'storybook/theming';

/**
 * Every docs page in the toolbar's theme: Storybook's dark docs theme when the theme global is `dark`.
 * Storybook renders a docs page again when a global changes, so reading the globals here is enough. The
 * pages' prose is English and left to right whatever the toolbar says; the stories inside keep the
 * toolbar's locale and direction.
 */
export function DocsThemeContainer({ context, children }: PropsWithChildren<DocsContainerProps>) {
  const theme = toolbarGlobals(context).theme;
  return (
    <DocsContainer context={context} theme={theme === 'dark' ? themes.dark : themes.light}>
      <div lang="en" dir="ltr">
        {children}
      </div>
    </DocsContainer>
  );
}

/** The toolbar's globals: those of the page's primary story, or for a guide without stories the store's. */
function toolbarGlobals(context: DocsContainerProps['context']): Record<string, unknown> {
  try {
    return context.getStoryContext(context.storyById()).globals;
  } catch {
    // An MDX guide has no primary story; its context still holds the preview's store (not typed as public).
    const store = (context as unknown as { store?: { userGlobals?: { globals?: Record<string, unknown> } } }).store;
    return store?.userGlobals?.globals ?? {};
  }
}
