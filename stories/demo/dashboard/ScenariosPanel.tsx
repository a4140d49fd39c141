import { useId, type ReactNode } from 'react';

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

export const SCENARIO_LABELS: Record<ScenarioId, string> = {
  oversizedOrder: 'Oversized order (2005)',
  fractionalVolume: 'Fractional quantity (2011)',
  badPricePrecision: 'Bad price precision (2015)',
  missingSide: 'Missing side (600)',
  leverageMismatch: 'Leverage mismatch (2021)',
  unavailablePair: 'Unavailable pair (6005)',
  noApiKey: 'No API key (401)',
  badSignature: 'Bad signature (602)',
  clockSkew: 'Clock skew +15 s (513)',
  burst: 'Burst of 8 requests (510)',
  batchCancel: 'Batch cancel with errors',
  postOnlyCrossesBook: 'Post-only order crosses the book (20)',
};

interface ScenariosPanelProps {
  onRun: (scenario: ScenarioId) => void;
  /** What the last burst did, e.g. "8 requests: 5 answered, 3 rejected". */
  burstSummary: string;
  /** The connection controls (clock skew, API key). */
  children?: ReactNode;
}

/**
 * Buttons that make the simulator answer each error for real: order scenarios fill the order form
 * and place it; the connection scenarios break the signing until the toast's action fixes it.
 */
export function ScenariosPanel({ onRun, burstSummary, children }: ScenariosPanelProps) {
  const id = useId();
  return (
    <section className="tdd-panel tdd-panel--wide" aria-labelledby={id}>
      <h2 id={id}>Try an error</h2>
      <p className="tdd-muted">
        Each button sends a signed request to the simulator running in this page; the answer is MEXC’s HTTP 200 with its error code, shown
        by the kit’s toasts.
      </p>
      <div className="tdd-scenarios">
        <fieldset className="tdd-fieldset">
          <legend>Scenarios</legend>
          <div className="tdd-buttons">
            {(Object.keys(SCENARIO_LABELS) as ScenarioId[]).map((id) => (
              <button key={id} type="button" className="tdd-button" onClick={() => onRun(id)}>
                {SCENARIO_LABELS[id]}
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
