// Parameters the preview (.storybook/preview.tsx) reads from a story, besides Storybook's own.
import type { ApiErrorActionHandler, ToastOptions } from 'mexc-error-kit';
import type { ExpectedErrorsParameters } from './expected-errors';

export interface KitStoryParameters extends ExpectedErrorsParameters {
  /**
   * Height in px this story's box keeps on a docs page. There the box holds the story's own toaster
   * (its `position: fixed` is relative to the box), so a story with toasts needs room for them.
   */
  docsMinHeight?: number;
  /** `onAction` of the story's `ApiErrorProvider`. */
  onAction?: ApiErrorActionHandler;
  /** `toastOptions` of the story's `ApiErrorProvider` (`maxVisible`, `maxQueued`...), applied by its toasters. */
  toastOptions?: ToastOptions;
  /**
   * `true`: the story's provider has no store of its own and uses the kit's shared one, like an app's
   * top-level provider, so that `showApiError` and `createApiErrorQueryClient()`'s defaults reach its
   * toasters (the demo). The preview empties it before each story. For a story alone on its page: every
   * story of a docs page would share it.
   */
  sharedToastStore?: boolean;
  /**
   * ASCII words this story's kit components may show under the pseudo-locale en-XA: the app's own texts and
   * values (a symbol, an app-worded title). Any other plain word fails the en-XA sweep.
   */
  pseudoAllowed?: readonly string[];
  /** Why this story's kit components are not checked under en-XA (it pins their locale itself, say). */
  pseudoExempt?: string;
}
