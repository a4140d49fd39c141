import { useId, type ReactNode } from 'react';
import type { DemoLabels } from './demo-labels';

/** Every error the scenarios panel can provoke. */
export type ScenarioId =
  | 'oversizedOrder'
  | 'fractionalVolume'
  | 'badPricePrecision'
  | 'missingSide'
  | 'leverageMismatch'
  | 'unavailablePair'
  | 'noApiKey'
  | 'badSignature'
  | 'clockSkew'
  | 'burst'
  | 'batchCancel'
  | 'postOnlyCrossesBook';

/** The scenarios' buttons, in order (their names: `labels.scenarios.names`). */
export const SCENARIO_IDS: readonly ScenarioId[] = [
  'oversizedOrder',
  'fractionalVolume',
  'badPricePrecision',
  'missingSide',
  'leverageMismatch',
  'unavailablePair',
  'noApiKey',
  'badSignature',
  'clockSkew',
  'burst',
  'batchCancel',
  'postOnlyCrossesBook',
];

interface ScenariosPanelProps {
  onRun: (scenario: ScenarioId) => void;
  /** What the last burst did, e.g. "8 requests: 5 answered, 3 rejected". */
  burstSummary: string;
  /** The connection controls (clock skew, API key). */
  children?: ReactNode;
  labels: DemoLabels;
}

/**
 * Buttons that make the simulator answer each error for real: order scenarios fill the order form
 * and place it; the connection scenarios break the signing until the toast's action fixes it.
 */
export function ScenariosPanel({ onRun, burstSummary, children, labels }: ScenariosPanelProps) {
  const id = useId();
  return (
    <section className="tdd-panel tdd-panel--wide" aria-labelledby={id}>
      <h2 id={id}>{labels.scenarios.heading}</h2>
      <p className="tdd-muted">{labels.scenarios.intro}</p>
      <div className="tdd-scenarios">
        <fieldset className="tdd-fieldset">
          <legend>{labels.scenarios.legend}</legend>
          <div className="tdd-buttons">
            {SCENARIO_IDS.map((id) => (
              <button key={id} type="button" className="tdd-button" onClick={() => onRun(id)}>
                {labels.scenarios.names[id]}
              </button>
            ))}
          </div>
          <p role="status" className="tdd-status">
            {burstSummary}
          </p>
        </fieldset>
        {children}
      </div>
    </section>
  );
}
