// The three toasters under test, each behind the same small interface, used the way an app would:
// the kit with its provider, toaster and `showApiError`; sonner and react-hot-toast with their `<Toaster/>`
// and `toast.error(message)`. Every toast stays until dismissed (their `duration: Infinity`; the kit keeps
// error toasts by default), and every failure is its own toast (the kit's `dedupe: false`: the bench errors
// share codes, which the kit would otherwise merge into one toast ×N).
import type { ReactNode } from 'react';
import { toast as hotToast, Toaster as HotToaster } from 'react-hot-toast';
import { toast as sonnerToast, Toaster as SonnerToaster } from 'sonner';
import { ApiErrorProvider, ApiErrorToaster, dismissApiError, showApiError } from '../../../src/index';
import '../../../src/styles.css';
import officialCodes from '../../fixtures/mexc-contract-error-codes.json';

/** Distinct MEXC failures as the API sends them: the official codes in turn, each message numbered. */
const official = officialCodes.filter(({ code }) => code !== 0);
export function errorAt(i: number) {
  const { code, description } = official[i % official.length]!;
  return { success: false, code, message: `${description} (#${i + 1})` };
}

export interface Library {
  /** The toaster as an app mounts it; `wrap` puts the `<Profiler>` right around the toaster component. */
  render(wrap: (toaster: ReactNode) => ReactNode): ReactNode;
  /** Shows failure number `i`; returns what `dismiss` and `rendered` take. */
  show(i: number): string;
  dismiss(handle: string): void;
  /** The toast shown under `handle`, once it is in the DOM. */
  rendered(handle: string): Element | null;
  /** One element per toast in the DOM. */
  toastSelector: string;
}

// sonner and react-hot-toast put `className` on the toast's element: it finds the toast, and is its id too.
const mark = (i: number) => `bench-toast-${i}`;

// Toasts are found through one fixed selector each: a selector per toast would fill Blink's selector cache,
// which the heap measure would then count.
const find = (selector: string, test: (element: Element) => boolean) => [...document.querySelectorAll(selector)].find(test) ?? null;

export const libraries: Record<string, Library> = {
  kit: {
    render: (wrap) => <ApiErrorProvider>{wrap(<ApiErrorToaster />)}</ApiErrorProvider>,
    show: (i) => showApiError(errorAt(i), { dedupe: false })!,
    dismiss: (id) => dismissApiError(id),
    rendered: (id) => find('[data-toast-id]', (slot) => slot.getAttribute('data-toast-id') === id)?.firstElementChild ?? null,
    toastSelector: '[data-mek-toast]',
  },
  sonner: {
    render: (wrap) => wrap(<SonnerToaster />),
    show(i) {
      sonnerToast.error(errorAt(i).message, { duration: Infinity, id: mark(i), className: mark(i) });
      return mark(i);
    },
    dismiss: (id) => void sonnerToast.dismiss(id),
    rendered: (handle) => find('[data-sonner-toast]', (toast) => toast.classList.contains(handle)),
    toastSelector: '[data-sonner-toast]',
  },
  'react-hot-toast': {
    render: (wrap) => wrap(<HotToaster />),
    show(i) {
      hotToast.error(errorAt(i).message, { duration: Infinity, id: mark(i), className: mark(i) });
      return mark(i);
    },
    dismiss: (id) => hotToast.dismiss(id),
    rendered: (handle) => find('[data-rht-toaster] > div > div', (toast) => toast.classList.contains(handle)),
    toastSelector: '[data-rht-toaster] > div',
  },
};
