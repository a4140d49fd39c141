// Type tests (Vitest typecheck): the promises the public types make to a TypeScript app.
import type { ReactNode } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ApiErrorBoundary,
  type ApiErrorActionId,
  type ApiErrorBoundaryProps,
  type ApiErrorFallbackProps,
  type ApiErrorText,
  type LocaleMessages,
  type LocaleOverrides,
  type ResolvedApiError,
  type ToastControls,
} from 'mexc-error-kit';
import en from 'mexc-error-kit/locales/en';

describe('locale packs', () => {
  it('a whole pack is a LocaleMessages', () => {
    expectTypeOf(en).toMatchTypeOf<LocaleMessages>();
  });

  it('a pack missing a key of a catalog is not a LocaleMessages', () => {
    const { post_only_cancel: _dropped, ...order } = en.order;
    const incomplete = { ...en, order };
    expectTypeOf(incomplete).not.toMatchTypeOf<LocaleMessages>();
    // @ts-expect-error -- the order catalog's `post_only_cancel` has no text
    const pack: LocaleMessages = incomplete;
    void pack;
  });

  it('a pack missing a UI string is not a LocaleMessages', () => {
    const { overflowTitle: _dropped, ...ui } = en.ui;
    expectTypeOf({ ...en, ui }).not.toMatchTypeOf<LocaleMessages>();
  });

  it('overrides are partial and scoped per catalog, by key or by code', () => {
    expectTypeOf<{ futures: { balance_insufficient: { message: string } } }>().toMatchTypeOf<LocaleOverrides>();
    expectTypeOf<{ order: { '20': { title: string } } }>().toMatchTypeOf<LocaleOverrides>();
    expectTypeOf<{ futures: { balance_insufficient: { title: number } } }>().not.toMatchTypeOf<LocaleOverrides>();
    // @ts-expect-error -- not a key of the futures catalog
    const typo: LocaleOverrides = { futures: { balance_insuficient: { title: '…' } } };
    void typo;
  });

  it('every text is a string or a plural text with `other`', () => {
    expectTypeOf<{ title: { one: string; other: string }; message: string }>().toMatchTypeOf<ApiErrorText>();
    expectTypeOf<{ title: { one: string }; message: string }>().not.toMatchTypeOf<ApiErrorText>();
  });
});

describe('ApiErrorBoundary props', () => {
  const Fallback = (_props: ApiErrorFallbackProps) => null;
  type Render = (props: ApiErrorFallbackProps) => ReactNode;

  it('takes one fallback prop, or none', () => {
    expectTypeOf<{ fallback: ReactNode }>().toMatchTypeOf<ApiErrorBoundaryProps>();
    expectTypeOf<{ FallbackComponent: typeof Fallback }>().toMatchTypeOf<ApiErrorBoundaryProps>();
    expectTypeOf<{ fallbackRender: Render }>().toMatchTypeOf<ApiErrorBoundaryProps>();
    expectTypeOf<{ resetKeys: [string] }>().toMatchTypeOf<ApiErrorBoundaryProps>();
  });

  it('rejects two fallback props at once', () => {
    expectTypeOf<{ fallback: ReactNode; fallbackRender: Render }>().not.toMatchTypeOf<ApiErrorBoundaryProps>();
    expectTypeOf<{ FallbackComponent: typeof Fallback; fallbackRender: Render }>().not.toMatchTypeOf<ApiErrorBoundaryProps>();
    // @ts-expect-error -- `fallback` and `FallbackComponent` are exclusive
    void (<ApiErrorBoundary fallback={<p>Failed</p>} FallbackComponent={Fallback} />);
  });

  it('gives the fallback the resolved error and onReset a reason', () => {
    expectTypeOf<ApiErrorFallbackProps['error']>().toEqualTypeOf<ResolvedApiError>();
    type ResetDetails = Parameters<NonNullable<ApiErrorBoundaryProps['onReset']>>[0];
    expectTypeOf<ResetDetails['reason']>().toEqualTypeOf<'imperative' | 'keys'>();
  });
});

describe('action ids', () => {
  it('are a closed union: a typo fails', () => {
    expectTypeOf<'transfer_funds'>().toMatchTypeOf<ApiErrorActionId>();
    expectTypeOf<'transfer_fund'>().not.toMatchTypeOf<ApiErrorActionId>();
    expectTypeOf<ResolvedApiError['actions'][number]['id']>().toEqualTypeOf<ApiErrorActionId>();
  });

  it('renderToast controls run an action by id', () => {
    expectTypeOf<ToastControls['runAction']>().parameter(0).toEqualTypeOf<ApiErrorActionId>();
    expectTypeOf<ToastControls['resolved']>().toEqualTypeOf<ResolvedApiError>();
  });
});
