import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorToaster, createToastStore } from '../../src/index';

describe('toaster themes', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('inherits the page theme by default, and forces light or dark when asked', () => {
    const store = createToastStore();
    const { rerender } = render(<ApiErrorToaster store={store} />);
    expect(screen.getByRole('region')).not.toHaveAttribute('data-theme');
    rerender(<ApiErrorToaster store={store} theme="dark" />);
    expect(screen.getByRole('region')).toHaveAttribute('data-theme', 'dark');
  });

  it('follows the OS scheme with theme="system"', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('dark'), addEventListener() {}, removeEventListener() {} }));
    render(<ApiErrorToaster store={createToastStore()} theme="system" />);
    expect(screen.getByRole('region')).toHaveAttribute('data-theme', 'dark');
  });

  it('switches when the OS scheme changes while theme="system"', () => {
    let dark = false;
    const listeners = new Set<() => void>();
    vi.stubGlobal('matchMedia', () => ({
      get matches() {
        return dark;
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    }));
    render(<ApiErrorToaster store={createToastStore()} theme="system" />);
    expect(screen.getByRole('region')).toHaveAttribute('data-theme', 'light');
    dark = true;
    act(() => listeners.forEach((listener) => listener()));
    expect(screen.getByRole('region')).toHaveAttribute('data-theme', 'dark');
  });
});
