import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ApiErrorActionId, ApiErrorToastState, ResolvedApiError } from '../core/index';
import { ApiErrorToast } from './ApiErrorToast';
import { useApiErrorContext } from './context';
import { RenderCallback, RenderGuard } from './RenderGuard';

/** What a custom `renderToast` gets to close the toast or run an action. */
export interface ToastControls {
  dismiss(): void;
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

/** One toast in a toaster: the focusable slot Alt+T and Esc work on, around the default or custom toast. */
export function ToastSlot({ toast, close, renderToast, showCode, showDetails, unstyled }: ToastSlotProps) {
  const kit = useApiErrorContext();
  const slot = useRef<HTMLDivElement>(null);
  const dismiss = () => close(slot.current);
  const runAction = (actionId: ApiErrorActionId, shown: ResolvedApiError = toast.resolved) => {
    kit.runAction(actionId, shown);
    dismiss();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    dismiss();
  };
  const builtIn = (
    <ApiErrorToast
      error={toast.error}
      title={toast.custom.title}
      message={toast.custom.message}
      values={toast.values}
      count={toast.count}
      occurredAt={toast.createdAt}
      onDismiss={dismiss}
      onAction={runAction}
      showCode={showCode}
      showDetails={showDetails}
      unstyled={unstyled}
    />
  );
  return (
    <div ref={slot} data-mek-toast-slot="" data-toast-id={toast.id} tabIndex={-1} onKeyDown={onKeyDown}>
      {renderToast ? (
        // A renderToast that throws is caught for this toast alone, which falls back to the default look.
        <RenderGuard what="renderToast" fallback={builtIn}>
          <RenderCallback render={(state: ApiErrorToastState) => renderToast(state, { dismiss, runAction })} props={toast} />
        </RenderGuard>
      ) : (
        builtIn
      )}
    </div>
  );
}
