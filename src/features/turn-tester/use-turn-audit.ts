/**
 * React adapter for the TURN audit: runs `runAudit` with the real RTCPeerConnection and clock,
 * fetches credentials from an endpoint first when asked, and keeps the live state (plan, decided
 * checks, candidates) for the components. Credentials live only in this hook's memory for the run:
 * nothing is logged or stored, and the results file is scrubbed of them.
 */

import { useCallback, useEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import { serializeResultsFile, resultsFileName } from './results-file';
import type { AuditEvent, AuditRun, CredentialSource, PlannedCheck } from './audit';
import { runAudit } from './audit';
import type { EndpointCredentials } from './credentials';
import { fetchCredentialEndpoint } from './endpoint-fetch';
import { secretsOf, type RunCredentials } from './secrets';
import type { CandidateRow } from './candidates';
import { browserPeerConnectionFactory, systemClock } from './peer-connection';
import type { ParsedUri } from './uri';
import type { Check } from './verdicts';

export type { RunCredentials };

export interface RunRequest {
  readonly urls: readonly ParsedUri[];
  readonly credentials: RunCredentials;
  readonly timeoutMs: number;
}

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
}

type Action =
  | { type: 'start'; fetching: boolean }
  | { type: 'endpoint'; preview: EndpointPreview }
  | { type: 'events'; events: readonly AuditEvent[] }
  | { type: 'done'; run: AuditRun }
  | { type: 'failed'; error: string }
  | { type: 'cancelled' };

const INITIAL: TurnTestState = {
  phase: 'idle',
  plan: [],
  checks: {},
  candidates: {},
  run: null,
  error: null,
  endpoint: null,
  runId: 0,
};

function applyEvent(state: TurnTestState, e: AuditEvent): TurnTestState {
  if (e.type === 'plan') return { ...state, plan: e.checks };
  if (e.type === 'check') return { ...state, checks: { ...state.checks, [e.key]: e.check } };
  return {
    ...state,
    candidates: { ...state.candidates, [e.url]: [...(state.candidates[e.url] ?? []), e.candidate] },
  };
}

function reducer(state: TurnTestState, action: Action): TurnTestState {
  switch (action.type) {
    case 'start':
      return { ...INITIAL, phase: action.fetching ? 'fetching' : 'running', runId: state.runId + 1 };
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
  }
}

/** Marks for the bench (`performance.getEntriesByName`): no data in them, only timing. */
const MARKS = {
  start: 'turn-test:start',
  firstRelayCandidate: 'turn-test:first-relay-candidate',
  allocationVerdict: 'turn-test:allocation-verdict',
} as const;

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // Timing marks are optional.
  }
}

function clearMarks(): void {
  try {
    for (const name of Object.values(MARKS)) performance.clearMarks(name);
  } catch {
    // Timing marks are optional.
  }
}

function randomPassword(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface TurnAudit {
  readonly state: TurnTestState;
  readonly running: boolean;
  start(request: RunRequest): void;
  cancel(): void;
  /** The results file (scrubbed), or null before a run finished. */
  resultsFile(): { name: string; text: string } | null;
  /** Values to scrub from anything derived from the run (evidence). */
  secrets(): readonly string[];
}

export function useTurnAudit(): TurnAudit {
  const [state, dispatch] = useReducer(reducer, INITIAL);
  const abortRef = useRef<AbortController | null>(null);
  const secretsRef = useRef<string[]>([]);
  const runRef = useRef<AuditRun | null>(null);
  const running = state.phase === 'fetching' || state.phase === 'running';

  useEffect(() => () => abortRef.current?.abort(), []);

  const start = useCallback((request: RunRequest) => {
    if (abortRef.current !== null) return;
    const controller = new AbortController();
    abortRef.current = controller;
    runRef.current = null;
    clearMarks();
    mark(MARKS.start);
    const { credentials } = request;
    secretsRef.current = secretsOf(credentials, null);
    dispatch({ type: 'start', fetching: credentials.kind === 'endpoint' });

    void (async () => {
      try {
        let source: CredentialSource;
        if (credentials.kind === 'endpoint') {
          const fetched = await fetchCredentialEndpoint(credentials.endpointUrl, {
            fetch: (input, init) => fetch(input, init),
            pageOrigin: window.location.origin,
            signal: controller.signal,
          });
          if (!fetched.ok) {
            dispatch(fetched.cancelled === true ? { type: 'cancelled' } : { type: 'failed', error: fetched.error });
            return;
          }
          secretsRef.current = secretsOf(credentials, fetched.response);
          dispatch({
            type: 'endpoint',
            preview: { response: fetched.response, anonymousAccess: fetched.anonymousAccess, status: fetched.status },
          });
          source = { kind: 'endpoint', response: fetched.response, anonymousAccess: fetched.anonymousAccess };
        } else {
          source = credentials;
        }
        let relaySeen = false;
        // Events decided in one go (a verdict often decides others) render together, right after
        // the engine's synchronous work and before any other task: a verdict is on screen the
        // moment it is known, not at React's next scheduled render.
        let batch: AuditEvent[] = [];
        const deliver = (event: AuditEvent): void => {
          batch.push(event);
          if (batch.length > 1) return;
          queueMicrotask(() => {
            const events = batch;
            batch = [];
            flushSync(() => dispatch({ type: 'events', events }));
          });
        };
        const result = await runAudit(
          { urls: request.urls, credentials: source, timeoutMs: request.timeoutMs },
          {
            createPeerConnection: browserPeerConnectionFactory,
            clock: systemClock,
            subtle: globalThis.crypto?.subtle,
            randomPassword,
            signal: controller.signal,
            onProgress: (event) => {
              if (event.type === 'candidate' && event.candidate.type === 'relay' && !relaySeen) {
                relaySeen = true;
                mark(MARKS.firstRelayCandidate);
              }
              if (event.type === 'check' && event.check.id === 'allocation') mark(MARKS.allocationVerdict);
              deliver(event);
            },
          },
        );
        if (!result.ok) {
          dispatch({ type: 'failed', error: result.error });
          return;
        }
        runRef.current = result.run;
        dispatch({ type: 'done', run: result.run });
      } catch (e) {
        // The engine returns errors as values; this only guards against the unexpected.
        dispatch({ type: 'failed', error: `The test stopped unexpectedly: ${e instanceof Error ? e.name : 'error'}` });
      } finally {
        abortRef.current = null;
      }
    })();
  }, []);

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  const resultsFile = useCallback(() => {
    const run = runRef.current;
    if (run === null) return null;
    return { name: resultsFileName(run), text: serializeResultsFile(run, secretsRef.current) };
  }, []);

  const secrets = useCallback(() => secretsRef.current, []);

  return { state, running, start, cancel, resultsFile, secrets };
}
