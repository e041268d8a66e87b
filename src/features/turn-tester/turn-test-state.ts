/**
 * The live state of one TURN test run for the components (plan, decided checks, candidates, the
 * finished run), as a pure reducer over the engine's events. No React, no credentials: only what the
 * engine reports, which never contains a password or secret.
 */

import type { AuditEvent, AuditRun, PlannedCheck } from './audit';
import type { CandidateRow } from './candidates';
import type { EndpointCredentials } from './credentials';
import type { Check } from './verdicts';
import { checkKey } from './verdicts';

export interface EndpointPreview {
  readonly response: EndpointCredentials;
  readonly anonymousAccess: boolean;
  readonly status: number;
}

export type TurnTestPhase = 'idle' | 'fetching' | 'running' | 'complete' | 'cancelled' | 'failed';

export interface TurnTestState {
  readonly phase: TurnTestPhase;
  readonly plan: readonly PlannedCheck[];
  /** Decided checks by plan key. */
  readonly checks: Readonly<Record<string, Check>>;
  readonly candidates: Readonly<Record<string, readonly CandidateRow[]>>;
  readonly run: AuditRun | null;
  readonly error: string | null;
  readonly endpoint: EndpointPreview | null;
  /** Increments per run, so components can reset per run. */
  readonly runId: number;
  /** True when the results were restored from this tab's storage, not run in this page. */
  readonly restored: boolean;
}

export type TurnTestAction =
  | { type: 'start'; fetching: boolean }
  | { type: 'endpoint'; preview: EndpointPreview }
  | { type: 'events'; events: readonly AuditEvent[] }
  | { type: 'done'; run: AuditRun }
  | { type: 'failed'; error: string }
  | { type: 'cancelled' }
  | { type: 'restore'; run: AuditRun }
  | { type: 'clear' };

export const INITIAL_TURN_TEST_STATE: TurnTestState = {
  phase: 'idle',
  plan: [],
  checks: {},
  candidates: {},
  run: null,
  error: null,
  endpoint: null,
  runId: 0,
  restored: false,
};

/** A finished run as state: the plan is its checks, in order. */
function restored(state: TurnTestState, run: AuditRun): TurnTestState {
  const plan = run.checks.map((c) => ({ key: checkKey(c), id: c.id, scope: c.scope, target: c.target }));
  const checks: Record<string, Check> = {};
  for (const c of run.checks) checks[checkKey(c)] = c;
  const phase = run.cancelled ? 'cancelled' : 'complete';
  return { ...INITIAL_TURN_TEST_STATE, phase, plan, checks, candidates: run.candidates, run, runId: state.runId + 1, restored: true };
}

function applyEvent(state: TurnTestState, e: AuditEvent): TurnTestState {
  if (e.type === 'plan') return { ...state, plan: e.checks };
  if (e.type === 'check') return { ...state, checks: { ...state.checks, [e.key]: e.check } };
  return {
    ...state,
    candidates: { ...state.candidates, [e.url]: [...(state.candidates[e.url] ?? []), e.candidate] },
  };
}

export function turnTestReducer(state: TurnTestState, action: TurnTestAction): TurnTestState {
  switch (action.type) {
    case 'start':
      return { ...INITIAL_TURN_TEST_STATE, phase: action.fetching ? 'fetching' : 'running', runId: state.runId + 1 };
    case 'endpoint':
      return { ...state, endpoint: action.preview, phase: 'running' };
    case 'events':
      return action.events.reduce(applyEvent, state);
    case 'done': {
      const checks: Record<string, Check> = {};
      action.run.checks.forEach((c, i) => {
        const key = state.plan[i]?.key;
        if (key !== undefined) checks[key] = c;
      });
      return {
        ...state,
        phase: action.run.cancelled ? 'cancelled' : 'complete',
        run: action.run,
        checks: { ...state.checks, ...checks },
        candidates: action.run.candidates,
      };
    }
    case 'failed':
      return { ...state, phase: 'failed', error: action.error };
    case 'cancelled':
      return { ...state, phase: 'cancelled' };
    case 'restore':
      return restored(state, action.run);
    case 'clear':
      return { ...INITIAL_TURN_TEST_STATE, runId: state.runId + 1 };
  }
}

