import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ApiErrorActionId, ApiErrorToastState, ResolvedApiError } from '../core/index.js';
import type { MessageLookup } from '../core/text/lookup.js';
import { withOwnTexts } from './ApiErrorToast.js';
import { useKit } from './context.js';
import { RenderCallback, RenderGuard } from './RenderGuard.js';
import { ToastView } from './ToastView.js';
import { useResolved } from './useResolved.js';

/** What a custom `renderToast` gets: the toast's texts in the nearest provider's locale, and its controls. */
export interface ToastControls {
  /** The failure resolved where it is shown (the app's own title / message applied), as the default toast shows it. */
  resolved: ResolvedApiError;
  /** Closes the toast. */
  dismiss(): void;
  /** Runs an action through the provider's `onAction`, then closes the toast. */
  runAction(actionId: ApiErrorActionId): void;
}

interface ToastSlotProps {
  toast: ApiErrorToastState;
  /** Closes this toast; gets the slot so focus can move on if it was inside. */
  close(slot: HTMLElement | null): void;
  renderToast?: (toast: ApiErrorToastState, controls: ToastControls) => ReactNode;
  showCode: boolean;
  showDetails: boolean;
  unstyled: boolean;
}

/** The toast that stands for failures beyond the queue: how many, and what to check, with its own severity (not its first failure's). */
function overflowTexts(resolved: ResolvedApiError, lookup: MessageLookup, toast: ApiErrorToastState): ResolvedApiError {
  return {
    ...resolved,
    severity: toast.severity,
    code: null, // it stands for many failures, not for the first one's code
    title: lookup.ui('overflowTitle', { count: toast.count }),
    message: lookup.ui('overflowMessage'),
    actions: [],
    locale: lookup.locale,
  };
}

/** One toast in a toaster: the focusable slot Alt+T and Esc work on, around the default or custom toast. */
export function ToastSlot({ toast, close, renderToast, showCode, showDetails, unstyled }: ToastSlotProps) {
  const kit = useKit();
  const slot = useRef<HTMLDivElement>(null);
  const { resolved, ready } = useResolved(toast.error, toast.values);
  // Waits for its catalog's texts (one small chunk) rather than flash English.
  if (resolved === null || !ready) return null;

  const overflow = toast.kind === 'overflow';
  const shown = overflow ? overflowTexts(resolved, kit.lookup, toast) : withOwnTexts(resolved, toast.title, toast.message);
  const dismiss = () => close(slot.current);
  const runAction = (actionId: ApiErrorActionId) => {
    kit.runAction(actionId, shown);
    dismiss();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    dismiss();
  };
  const builtIn = (
    <ToastView
      resolved={shown}
      ownTitle={toast.title !== undefined && !overflow}
      ownMessage={toast.message !== undefined && !overflow}
      count={overflow ? 1 : toast.count}
      occurredAt={toast.createdAt}
      onDismiss={dismiss}
      onAction={runAction}
      showCode={showCode && !overflow}
      showDetails={showDetails && !overflow}
      unstyled={unstyled}
    />
  );
  return (
    <div
      ref={slot}
      data-mek-toast-slot=""
      data-toast-id={toast.id}
      data-kind={toast.kind}
      lang={shown.locale}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {renderToast ? (
        // A renderToast that throws is caught for this toast alone, which falls back to the default look.
        <RenderGuard what="renderToast" fallback={builtIn}>
          <RenderCallback
            render={(state: ApiErrorToastState) => renderToast(state, { resolved: shown, dismiss, runAction })}
            props={toast}
          />
        </RenderGuard>
      ) : (
        builtIn
      )}
    </div>
  );
}
