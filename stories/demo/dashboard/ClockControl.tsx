import { useId } from 'react';
import type { KeyMode } from './demo-environment';

interface ClockControlProps {
  /** The skew as typed (a number of seconds, maybe negative). */
  skew: string;
  onSkewChange: (skew: string) => void;
  keyMode: KeyMode;
  onRestoreKey: () => void;
}

const KEY_TEXT: Record<KeyMode, string> = {
  demo: 'demo key, requests signed',
  missing: 'none: requests go out unsigned',
  'bad-signature': 'demo key with a wrong signature',
};

/**
 * The connection as the demo signs it: a skew added to the device clock for `Request-Time` (MEXC
 * accepts 2 s ahead and 10 s behind its own clock) and which API key goes out.
 */
export function ClockControl({ skew, onSkewChange, keyMode, onRestoreKey }: ClockControlProps) {
  const id = useId();
  return (
    <fieldset className="tdd-fieldset">
      <legend>Connection</legend>
      <div className="tdd-field">
        <label htmlFor={`${id}-skew`}>Clock skew (seconds)</label>
        <input
          id={`${id}-skew`}
          type="number"
          inputMode="numeric"
          min={-60}
          max={60}
          step={1}
          className="tdd-narrow"
          aria-describedby={`${id}-skew-hint`}
          value={skew}
          onChange={(event) => onSkewChange(event.target.value)}
        />
        <small id={`${id}-skew-hint`} className="tdd-muted">
          Added to this device’s clock when signing. MEXC rejects a Request-Time more than 2 s ahead or 10 s behind.
        </small>
      </div>
      <p className="tdd-row">
        <span>API key: {KEY_TEXT[keyMode]}</span>
        {keyMode !== 'demo' && (
          <button type="button" className="tdd-button tdd-button--small" onClick={onRestoreKey}>
            Restore demo key
          </button>
        )}
      </p>
    </fieldset>
  );
}
