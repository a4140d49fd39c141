import type { Meta, StoryObj } from '@storybook/react-vite';
import i18next, { type i18n } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { ApiErrorProvider, ApiErrorToast, toI18nextResources, toReactIntlMessages, type TranslateFunction } from 'mexc-error-kit';
import { expect, fn, within } from 'storybook/test';
import { kitTexts, packFor, storyLocale } from '../support/kit-texts';

const MARGIN_2005 = { success: false, code: 2005, message: '余额不足' };

/** The kit's texts in the app's i18next: the pack of the toolbar's locale loaded as the `mexcErrors` namespace. */
function WithI18next({ locale }: { locale: string }) {
  const [instance, setInstance] = useState<i18n>();
  useEffect(() => {
    const created = i18next.createInstance();
    void created
      .init({ lng: locale, resources: toI18nextResources({ [locale]: packFor(locale) }), ns: ['mexcErrors'], defaultNS: 'mexcErrors' })
      .then(() => setInstance(created));
  }, [locale]);
  // i18next answers a missing key with the key itself, which the kit treats as "no text"
  const t = useCallback<TranslateFunction>((key, values) => instance?.t(key, { ...values }), [instance]);
  if (!instance) return null;
  return (
    <ApiErrorProvider locale={locale} t={t} loadTexts={false}>
      <ApiErrorToast error={MARGIN_2005} />
    </ApiErrorProvider>
  );
}

/** The kit's `t` from react-intl: asks only for the ids react-intl has, so a missing one never reaches its onError. */
function KitWithReactIntl({ locale }: { locale: string }) {
  const intl = useIntl();
  const t = useCallback<TranslateFunction>(
    (key, values) => (key in intl.messages ? intl.formatMessage({ id: key }, values) : undefined),
    [intl],
  );
  return (
    <ApiErrorProvider locale={locale} t={t} loadTexts={false}>
      <ApiErrorToast error={MARGIN_2005} />
    </ApiErrorProvider>
  );
}

/**
 * Apps that keep every string in one i18n library load the kit's packs into it, under the keys the kit asks
 * its `t` for (`ResolvedApiError.i18nKey`): `toI18nextResources(packs)` gives i18next resources in the
 * `mexcErrors` namespace, `toReactIntlMessages(pack)` flat ICU messages for `<IntlProvider>`. Both stories follow
 * the toolbar's locale.
 */
const meta = {
  title: 'Guides/i18n libraries',
  parameters: { docsMinHeight: 260 },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** i18next: `toI18nextResources({ [locale]: pack })` in `init`, and the provider's `t` calls `i18n.t`. */
export const I18next: Story = {
  render: (_args, { globals }) => <WithI18next locale={storyLocale(globals)} />,
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(MARGIN_2005) });
    await expect(toast).toHaveAccessibleDescription(t.message(MARGIN_2005));
    await expect(within(toast).getByRole('button', { name: t.actions(MARGIN_2005)[0] })).toBeVisible();
  },
};

const onIntlError = fn();

/** react-intl: `toReactIntlMessages(pack)` merged into the app's messages; no `MISSING_TRANSLATION` in the console. */
export const ReactIntl: Story = {
  render: (_args, { globals }) => {
    const locale = storyLocale(globals);
    return (
      <IntlProvider locale={locale} messages={toReactIntlMessages(packFor(locale))} onError={onIntlError}>
        <KitWithReactIntl locale={locale} />
      </IntlProvider>
    );
  },
  beforeEach: () => onIntlError.mockClear(),
  play: async ({ canvasElement, globals }) => {
    const t = kitTexts(globals);
    const toast = await within(canvasElement).findByRole('alert', { name: t.title(MARGIN_2005) });
    await expect(toast).toHaveAccessibleDescription(t.message(MARGIN_2005));
    await expect(onIntlError).not.toHaveBeenCalled();
  },
};
