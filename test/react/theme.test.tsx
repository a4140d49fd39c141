import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
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

  it('styles.css avoids light-dark(), which build tools rewrite into variables only color-scheme rules define', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../src/styles.css'), 'utf8').replace(/\/\*[^]*?\*\//g, '');
    expect(css).not.toContain('light-dark(');
    expect(css).toMatch(/:is\(\[data-theme='dark'\], \.dark\) \.mek-toast/);
  });
});
