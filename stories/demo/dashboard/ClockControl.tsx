import { useId } from 'react';
import { fillIn, type DemoLabels } from './demo-labels';
import type { KeyMode } from './demo-environment';

interface ClockControlProps {
  /** The skew as typed (a number of seconds, maybe negative). */
  skew: string;
  onSkewChange: (skew: string) => void;
  keyMode: KeyMode;
  onRestoreKey: () => void;
  labels: DemoLabels;
}

/**
 * The connection as the demo signs it: a skew added to the device clock for `Request-Time` (MEXC
 * accepts 2 s ahead and 10 s behind its own clock) and which API key goes out.
 */
export function ClockControl({ skew, onSkewChange, keyMode, onRestoreKey, labels }: ClockControlProps) {
  const id = useId();
  return (
    <fieldset className="tdd-fieldset">
      <legend>{labels.connection.legend}</legend>
      <div className="tdd-field">
        <label htmlFor={`${id}-skew`}>{labels.connection.skew}</label>
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
          {labels.connection.skewHint}
        </small>
      </div>
      <p className="tdd-row">
        <span>{fillIn(labels.connection.apiKey, { key: labels.connection.keyModes[keyMode] })}</span>
        {keyMode !== 'demo' && (
          <button type="button" className="tdd-button tdd-button--small" onClick={onRestoreKey}>
            {labels.connection.restoreKey}
          </button>
        )}
      </p>
    </fieldset>
  );
}
