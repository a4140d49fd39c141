import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createToastStore } from '../../src/core/index';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider';
import { ApiErrorToast } from '../../src/react/ApiErrorToast';
import { body, en, registerCleanup } from './helpers';

registerCleanup();

const OCCURRED_AT = Date.UTC(2024, 0, 2, 3, 4, 5);

function renderInProvider(ui: ReactElement, onAction = vi.fn()) {
  const user = userEvent.setup();
  const view = render(
    <ApiErrorProvider store={createToastStore()} onAction={onAction}>
      {ui}
    </ApiErrorProvider>,
  );
  return { user, onAction, ...view };
}

/** Replaces user-event's clipboard stub (installed by `userEvent.setup()`) with a spy. */
function mockClipboard() {
  const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('<ApiErrorToast> alone', () => {
  it('shows the severity icon with an accessible name, the localized title and message', () => {
    renderInProvider(<ApiErrorToast error={body(2005)} />);
    const toast = screen.getByRole('alert', { name: 'Not enough margin' });
    expect(within(toast).getByRole('img', { name: 'Error' })).toBeInTheDocument();
    expect(within(toast).getByText(en.futures.balance_insufficient.message)).toBeInTheDocument();
  });

  it('names a warning icon "Warning" and announces politely (role status)', () => {
    renderInProvider(<ApiErrorToast error={body(510)} />);
    const toast = screen.getByRole('status', { name: en.futures.rate_limited.title });
    expect(within(toast).getByRole('img', { name: 'Warning' })).toBeInTheDocument();
  });

  it('renders the action buttons in order, the first one primary, and calls onAction with the id and error', async () => {
    const { user, onAction } = renderInProvider(<ApiErrorToast error={body(2005)} />);
    const actions = Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-mek-action]'));
    expect(actions.map((button) => button.textContent)).toEqual(['Transfer funds', 'Reduce size', 'Deposit', 'Lower leverage']);
    expect(actions[0]).toHaveAttribute('data-primary');
    expect(actions.slice(1).some((button) => button.hasAttribute('data-primary'))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Reduce size' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction).toHaveBeenCalledWith('reduce_size', expect.objectContaining({ code: 2005, key: 'balance_insufficient' }));
  });

  it('an onAction prop takes precedence over the provider', async () => {
    const own = vi.fn();
    const { user, onAction } = renderInProvider(<ApiErrorToast error={body(2005)} onAction={own} />);
    await user.click(screen.getByRole('button', { name: 'Transfer funds' }));
    expect(own).toHaveBeenCalledWith('transfer_funds', expect.objectContaining({ code: 2005 }));
    expect(onAction).not.toHaveBeenCalled();
  });

  it('has a close button labelled "Dismiss" that calls onDismiss (and none without onDismiss)', async () => {
    const onDismiss = vi.fn();
    const { user, rerender } = renderInProvider(<ApiErrorToast error={body(2005)} onDismiss={onDismiss} />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);

    rerender(
      <ApiErrorProvider store={createToastStore()}>
        <ApiErrorToast error={body(2005)} />
      </ApiErrorProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  it('Escape inside the toast calls onDismiss', async () => {
    const onDismiss = vi.fn();
    const { user } = renderInProvider(<ApiErrorToast error={body(2005)} onDismiss={onDismiss} />);
    await user.click(screen.getByText(en.futures.balance_insufficient.message));
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows a "Code 2005" badge, hidden with showCode={false}', () => {
    const { rerender } = renderInProvider(<ApiErrorToast error={body(2005)} />);
    expect(screen.getByText('Code 2005')).toBeInTheDocument();
    rerender(
      <ApiErrorProvider store={createToastStore()}>
        <ApiErrorToast error={body(2005)} showCode={false} />
      </ApiErrorProvider>,
    );
    expect(screen.queryByText('Code 2005')).not.toBeInTheDocument();
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
  });

  it('shows the count ×N only above 1', () => {
    const { rerender } = renderInProvider(<ApiErrorToast error={body(2005)} count={1} />);
    expect(screen.queryByText(/×/)).not.toBeInTheDocument();
    rerender(
      <ApiErrorProvider store={createToastStore()}>
        <ApiErrorToast error={body(2005)} count={2} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText('×2')).toBeInTheDocument();
  });

  it('shows the server message as plain text in the details disclosure', async () => {
    const { user } = renderInProvider(<ApiErrorToast error={body(2005, 'Balance insufficient, order 42 rejected')} />);
    const details = screen.getByText('Details').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(screen.getByText('Details'));
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText('Server message')).toBeInTheDocument();
    expect(within(details).getByText('Balance insufficient, order 42 rejected')).toBeInTheDocument();
  });

  it('writes out the time once the details disclosure opens (formatting a first date is costly)', async () => {
    const { user } = renderInProvider(<ApiErrorToast error={body(2005)} occurredAt={Date.UTC(2026, 0, 2, 3, 4, 5)} />);
    const time = document.querySelector('time')!;
    expect(time).toHaveAttribute('dateTime', '2026-01-02T03:04:05.000Z');
    expect(time).toBeEmptyDOMElement();
    await user.click(screen.getByText('Details'));
    await waitFor(() => expect(time).toHaveTextContent(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)).toLocaleString('en')));
  });

  it('never turns markup in the server message into elements', async () => {
    const { user } = renderInProvider(
      <ApiErrorToast error={body(2005, 'Balance insufficient <img src=x onerror="window.__pwned=1"><b>bold</b>')} />,
    );
    await user.click(screen.getByText('Details'));
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText(/Balance insufficient/)).toBeInTheDocument();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('hides the details disclosure with showDetails={false}', () => {
    renderInProvider(<ApiErrorToast error={body(2005, 'Balance insufficient')} showDetails={false} />);
    expect(screen.queryByText('Details')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy details' })).not.toBeInTheDocument();
  });

  it('"Copy details" writes the code, time and server message to the clipboard and says "Copied"', async () => {
    const { user } = renderInProvider(<ApiErrorToast error={body(2005, 'Balance insufficient')} occurredAt={OCCURRED_AT} />);
    const writeText = mockClipboard();
    await user.click(screen.getByText('Details'));
    await user.click(screen.getByRole('button', { name: 'Copy details' }));

    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('Code: 2005');
    expect(text).toContain('Time: 2024-01-02T03:04:05.000Z');
    expect(text).toContain('Server message: Balance insufficient');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('"Copy details" of a batch item lists code, key, time, HTTP status, order and server text, and nothing else', async () => {
    const { user } = renderInProvider(
      <ApiErrorToast
        error={{ errorCode: 2040, errorMsg: 'order not exist', orderId: 7 }}
        context={{ httpStatus: 200 }}
        occurredAt={Date.UTC(2026, 10, 23)}
      />,
    );
    const writeText = mockClipboard();
    await user.click(screen.getByText('Details'));
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledWith(
      [
        'Code: 2040',
        'Key: order_not_found',
        'Time: 2026-11-23T00:00:00.000Z',
        'HTTP: 200',
        'Order: 7',
        'Server message: order not exist',
      ].join('\n'),
    );
  });

  it('copies no API key or signature, even from an axios error whose request headers held them', async () => {
    const apiKey = 'mx0vglAbCdEfGh1234567890';
    const signature = 'c3a1f0e9d8b7a6c5b4a3928170f6e5d4c3b2a19087f6e5d4c3b2a1908f7e6d5c';
    const axiosError = Object.assign(new Error('Request failed with status code 400'), {
      name: 'AxiosError',
      isAxiosError: true,
      code: 'ERR_BAD_REQUEST',
      config: {
        method: 'post',
        url: '/api/v1/private/order/submit',
        headers: { ApiKey: apiKey, Signature: signature, 'Request-Time': '1704164645000', 'Content-Type': 'application/json' },
        data: '{"symbol":"BTC_USDT","vol":1}',
      },
      request: { headers: { ApiKey: apiKey, Signature: signature } },
      response: {
        status: 400,
        headers: { 'content-type': 'application/json' },
        config: { headers: { ApiKey: apiKey, Signature: signature } },
        data: { success: false, code: 2005, message: 'Balance insufficient' },
      },
    });
    const { user } = renderInProvider(<ApiErrorToast error={axiosError} occurredAt={OCCURRED_AT} />);
    const writeText = mockClipboard();
    await user.click(screen.getByText('Details'));
    await user.click(screen.getByRole('button', { name: 'Copy details' }));

    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('Code: 2005');
    expect(text).toContain('Server message: Balance insufficient');
    for (const secret of [apiKey, signature, 'ApiKey', 'Signature', 'Request-Time']) expect(text).not.toContain(secret);
    expect(document.body.textContent).not.toContain(apiKey);
    expect(document.body.textContent).not.toContain(signature);
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
  });

  it('copies no API key or signature that the server echoed in its message', async () => {
    const apiKey = 'mx0vglAbCdEfGh1234567890';
    const signature = 'c3a1f0e9d8b7a6c5b4a3928170f6e5d4c3b2a19087f6e5d4c3b2a1908f7e6d5c';
    const { user } = renderInProvider(
      <ApiErrorToast error={body(602, `Signature verification failed, ApiKey=${apiKey} signature=${signature}`)} />,
    );
    const writeText = mockClipboard();
    await user.click(screen.getByText('Details'));
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('Code: 602');
    expect(text).toContain('Signature verification failed');
    expect(text).not.toContain(apiKey);
    expect(text).not.toContain(signature);
    expect(document.body.textContent).not.toContain(apiKey);
    expect(document.body.textContent).not.toContain(signature);
  });

  it('lets title and message props replace the localized texts', () => {
    renderInProvider(<ApiErrorToast error={body(2005)} title="Order rejected" message="Top up and retry." />);
    expect(screen.getByRole('alert', { name: 'Order rejected' })).toHaveAccessibleDescription('Top up and retry.');
  });

  it('renders nothing for a null or undefined error, so error={mutation.error} can stay mounted', () => {
    const { container, rerender } = render(<ApiErrorToast error={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ApiErrorToast error={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ApiErrorToast error={body(2005)} />);
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
  });

  it('works without a provider, in English', () => {
    render(<ApiErrorToast error={body(2005)} />);
    expect(screen.getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Transfer funds' })).toBeInTheDocument();
  });
});

describe('<ApiErrorToast> rendered on the server', () => {
  it('hydrates without a mismatch (the time is rendered on the client only)', async () => {
    const element = <ApiErrorToast error={body(2005, 'Balance insufficient')} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    expect(within(container).getByRole('alert', { name: 'Not enough margin' })).toBeInTheDocument();
    const onRecoverableError = vi.fn();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => void (root = hydrateRoot(container, element, { onRecoverableError })));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(within(container).getByText('Time')).toBeInTheDocument(); // added after hydration
    act(() => root!.unmount());
    container.remove();
  });
});
