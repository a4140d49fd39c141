// Parameters the preview (.storybook/preview.tsx) reads from a story, besides Storybook's own.
import type { ApiErrorActionHandler } from 'mexc-error-kit';
import type { ExpectedErrorsParameters } from './expected-errors';

export interface KitStoryParameters extends ExpectedErrorsParameters {
  /**
   * Height in px this story's box keeps on a docs page. There the box holds the story's own toaster
   * (its `position: fixed` is relative to the box), so a story with toasts needs room for them.
   */
  docsMinHeight?: number;
  /** `onAction` of the story's `ApiErrorProvider`. */
  onAction?: ApiErrorActionHandler;
}
