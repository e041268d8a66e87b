/**
 * React adapter for the TURN audit: runs `runAudit` with the real RTCPeerConnection and clock,
 * fetches credentials from an endpoint first when asked, and keeps the live state (plan, decided
 * checks, candidates) for the components. Credentials live only in this hook's memory for the run:
 * nothing is logged or stored, and the results file is scrubbed of them.
 */

import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import { flushSync } from 'react-dom';
import { serializeResultsFile, resultsFileName } from './results-file';
import type { AuditEvent, AuditRun, CredentialSource } from './audit';
import { runAudit } from './audit';
import { secretsOf, type RunCredentials } from './secrets';
import { browserPeerConnectionFactory, systemClock } from './peer-connection';
import type { CommandCredentials } from './probe-command';
import { clearResults, loadResults, saveResults } from './saved-results';
import { browserSessionStorage } from '@/lib/storage';
import type { TurnTestAction, TurnTestState } from './turn-test-state';
import { INITIAL_TURN_TEST_STATE, turnTestReducer } from './turn-test-state';
import type { ParsedUri } from './uri';

export type { RunCredentials };
export type { EndpointPreview, TurnTestPhase, TurnTestState } from './turn-test-state';

export interface RunRequest {
  readonly urls: readonly ParsedUri[];
  readonly credentials: RunCredentials;
  readonly timeoutMs: number;
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

export interface TurnAudit {
  readonly state: TurnTestState;
  readonly running: boolean;
  start(request: RunRequest): void;
  cancel(): void;
  /** The results file (scrubbed), or null before a run finished. */
  resultsFile(): { name: string; text: string } | null;
  /** Values to scrub from anything derived from the run (evidence). */
  secrets(): readonly string[];
  /** "Clear results": removes them from the page and from this tab's storage. */
  clear(): void;
  /** Credentials for the probe command that settles an inconclusive verdict (minted fresh; never a secret). */
  commandCredentials(): Promise<CommandCredentials>;
}

/** The state on opening /turn: the last results of this tab, if any. */
function initialState(): TurnTestState {
  const run = loadResults(browserSessionStorage());
  return run === null ? INITIAL_TURN_TEST_STATE : turnTestReducer(INITIAL_TURN_TEST_STATE, { type: 'restore', run });
}

/** The credentials for the engine: fetched from the endpoint first when asked; null when that failed. */
async function credentialSource(
  credentials: RunCredentials,
  signal: AbortSignal,
  dispatch: Dispatch<TurnTestAction>,
  onSecrets: (secrets: string[]) => void,
): Promise<CredentialSource | null> {
  if (credentials.kind !== 'endpoint') return credentials;
  // Only an endpoint run needs the fetching code: it loads then, keeping /turn within its JS budget.
  const { fetchCredentialEndpoint } = await import('./endpoint-fetch');
  const fetched = await fetchCredentialEndpoint(credentials.endpointUrl, {
    fetch: (input, init) => fetch(input, init),
    pageOrigin: window.location.origin,
    signal,
  });
  if (!fetched.ok) {
    dispatch(fetched.cancelled === true ? { type: 'cancelled' } : { type: 'failed', error: fetched.error });
    return null;
  }
  onSecrets(secretsOf(credentials, fetched.response));
  const { response, anonymousAccess, status } = fetched;
  dispatch({ type: 'endpoint', preview: { response, anonymousAccess, status } });
  return { kind: 'endpoint', response, anonymousAccess };
}

/**
 * Events decided in one go (a verdict often decides others) render together, right after the
 * engine's synchronous work and before any other task: a verdict is on screen the moment it is
 * known, not at React's next scheduled render. Also sets the bench's timing marks.
 */
function progressReporter(dispatch: Dispatch<TurnTestAction>): (event: AuditEvent) => void {
  let relaySeen = false;
  let batch: AuditEvent[] = [];
  return (event) => {
    if (event.type === 'candidate' && event.candidate.type === 'relay' && !relaySeen) {
      relaySeen = true;
      mark(MARKS.firstRelayCandidate);
    }
    if (event.type === 'check' && event.check.id === 'allocation') mark(MARKS.allocationVerdict);
    batch.push(event);
    if (batch.length > 1) return;
    queueMicrotask(() => {
      const events = batch;
      batch = [];
      flushSync(() => dispatch({ type: 'events', events }));
    });
  };
}

async function execute(
  request: RunRequest,
  controller: AbortController,
  dispatch: Dispatch<TurnTestAction>,
  onSecrets: (secrets: string[]) => void,
): Promise<AuditRun | null> {
  const source = await credentialSource(request.credentials, controller.signal, dispatch, onSecrets);
  if (source === null) return null;
  const result = await runAudit(
    { urls: request.urls, credentials: source, timeoutMs: request.timeoutMs },
    {
      createPeerConnection: browserPeerConnectionFactory,
      clock: systemClock,
      subtle: globalThis.crypto?.subtle,
      signal: controller.signal,
      onProgress: progressReporter(dispatch),
    },
  );
  if (!result.ok) {
    dispatch({ type: 'failed', error: result.error });
    return null;
  }
  dispatch({ type: 'done', run: result.run });
  return result.run;
}

export function useTurnAudit(): TurnAudit {
  const [state, dispatch] = useReducer(turnTestReducer, undefined, initialState);
  const abortRef = useRef<AbortController | null>(null);
  const secretsRef = useRef<string[]>([]);
  // The run's credentials, in memory only (like the form's fields): the probe command mints from them.
  const credentialsRef = useRef<RunCredentials | null>(null);
  const runRef = useRef<AuditRun | null>(state.run);
  const running = state.phase === 'fetching' || state.phase === 'running';

  useEffect(() => () => abortRef.current?.abort(), []);

  const start = useCallback((request: RunRequest) => {
    if (abortRef.current !== null) return;
    const controller = new AbortController();
    abortRef.current = controller;
    runRef.current = null;
    clearMarks();
    mark(MARKS.start);
    secretsRef.current = secretsOf(request.credentials, null);
    credentialsRef.current = request.credentials;
    clearResults(browserSessionStorage());
    dispatch({ type: 'start', fetching: request.credentials.kind === 'endpoint' });
    const onSecrets = (secrets: string[]) => (secretsRef.current = secrets);
    execute(request, controller, dispatch, onSecrets)
      .then((run) => {
        runRef.current = run;
        if (run !== null) saveResults(browserSessionStorage(), run, secretsRef.current);
      })
      // The engine returns errors as values; this only guards against the unexpected.
      .catch((e: unknown) =>
        dispatch({ type: 'failed', error: `The test stopped unexpectedly: ${e instanceof Error ? e.name : 'error'}` }),
      )
      .finally(() => (abortRef.current = null));
  }, []);

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  const resultsFile = useCallback(() => {
    const run = runRef.current;
    if (run === null) return null;
    return { name: resultsFileName(run), text: serializeResultsFile(run, secretsRef.current) };
  }, []);

  const secrets = useCallback(() => secretsRef.current, []);

  const clear = useCallback(() => {
    if (abortRef.current !== null) return;
    runRef.current = null;
    credentialsRef.current = null;
    clearResults(browserSessionStorage());
    dispatch({ type: 'clear' });
  }, []);

  // Loaded with the command (only an inconclusive verdict shows one).
  const commandCredentials = useCallback(
    () => import('./probe-command').then((m) => m.settleCredentials(credentialsRef.current, globalThis.crypto?.subtle, Date.now())),
    [],
  );

  return { state, running, start, cancel, resultsFile, secrets, clear, commandCredentials };
}
