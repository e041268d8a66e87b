import { memo, useEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { MAX_USERNAME_BYTES } from '@/features/turn-tester/credentials';
import { validateEndpointUrl } from '@/features/turn-tester/endpoint-fetch';
import { DEFAULT_PROBE_TIMEOUT_MS } from '@/features/turn-tester/probe';
import { parseUrlList } from '@/features/turn-tester/uri';
import { useRememberedUrls } from '@/features/turn-tester/use-remembered-urls';
import type { RunCredentials, RunRequest } from '@/features/turn-tester/use-turn-audit';
import {
  CredentialsFields,
  FIELD_IDS,
  type CredentialValues,
  type FieldName,
} from './credentials-fields';

interface FormError {
  readonly field: FieldName;
  readonly message: string;
}

const INITIAL_CREDENTIALS: CredentialValues = {
  mode: 'static',
  username: '',
  password: '',
  secret: '',
  userId: 'turn-tester',
  lifetime: '3600',
  endpointUrl: '',
};

const MAX_LIFETIME_SECONDS = 10 * 365 * 86_400;

function validate(
  urlList: ReturnType<typeof parseUrlList>,
  values: CredentialValues,
  timeout: string,
): { errors: FormError[]; credentials: RunCredentials | null; timeoutMs: number } {
  const errors: FormError[] = [];
  for (const e of urlList.errors) errors.push({ field: 'urls', message: `TURN server URLs: ${e}` });
  if (urlList.errors.length === 0) {
    if (urlList.uris.length === 0 && values.mode !== 'endpoint') {
      errors.push({ field: 'urls', message: 'TURN server URLs: enter at least one URL, e.g. turn:turn.example.com:3478' });
    } else if (urlList.uris.length > 0 && !urlList.uris.some((u) => u.isTurn)) {
      errors.push({
        field: 'urls',
        message: 'TURN server URLs: add at least one turn: or turns: URL — a stun: server does not relay, so there is nothing to test',
      });
    }
  }

  let credentials: RunCredentials | null = null;
  switch (values.mode) {
    case 'static': {
      const before = errors.length;
      if (values.username === '') errors.push({ field: 'username', message: 'Username: enter the username' });
      else if (new TextEncoder().encode(values.username).length > MAX_USERNAME_BYTES) {
        errors.push({ field: 'username', message: `Username: at most ${MAX_USERNAME_BYTES} bytes (RFC 8489)` });
      }
      if (values.password === '') {
        errors.push({ field: 'password', message: 'Password: enter the password (browsers refuse TURN without one)' });
      }
      if (errors.length === before) credentials = { kind: 'static', username: values.username, password: values.password };
      break;
    }
    case 'shared-secret': {
      const before = errors.length;
      if (values.secret === '') errors.push({ field: 'secret', message: 'Shared secret: enter the shared secret' });
      if (values.userId.includes(':')) {
        errors.push({ field: 'userId', message: 'User ID: must not contain ":" — it separates the expiry from the user id' });
      }
      const lifetime = values.lifetime.trim();
      const ttl = /^[0-9]+$/.test(lifetime) ? Number(lifetime) : NaN;
      if (!Number.isSafeInteger(ttl) || ttl <= 0 || ttl > MAX_LIFETIME_SECONDS) {
        errors.push({ field: 'lifetime', message: 'Lifetime (seconds): enter a whole number of seconds, e.g. 3600' });
      }
      if (errors.length === before) {
        credentials = { kind: 'shared-secret', secret: values.secret, userId: values.userId.trim(), ttlSeconds: ttl };
      }
      break;
    }
    case 'endpoint': {
      const r = validateEndpointUrl(values.endpointUrl, window.location.origin);
      if (!r.ok) errors.push({ field: 'endpointUrl', message: r.error });
      else credentials = { kind: 'endpoint', endpointUrl: r.url.href };
      break;
    }
  }

  const t = timeout.trim();
  const seconds = /^[0-9]+(\.[0-9]+)?$/.test(t) ? Number(t) : NaN;
  if (!(seconds >= 1 && seconds <= 60)) {
    errors.push({ field: 'timeout', message: 'No-answer timeout (seconds): enter a number from 1 to 60' });
  }
  return { errors, credentials: errors.length === 0 ? credentials : null, timeoutMs: Math.round(seconds * 1000) };
}

function focusField(field: FieldName): void {
  const el = document.getElementById(FIELD_IDS[field]);
  if (field === 'timeout') {
    const details = el?.closest('details');
    if (details !== null && details !== undefined) details.open = true;
  }
  el?.focus();
}

interface TurnFormProps {
  running: boolean;
  onRun: (request: RunRequest) => void;
  onCancel: () => void;
  /** Receives focus when a run ends while focus was on Cancel (which disappears). */
  resultsHeadingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * URLs, credentials and the Run/Cancel buttons. Memoized: live results re-render the page for every
 * verdict, and the form need not render with them.
 */
export const TurnForm = memo(function TurnForm({ running, onRun, onCancel, resultsHeadingRef }: TurnFormProps) {
  const remembered = useRememberedUrls();
  const [urlText, setUrlText] = useState(remembered.initialText);
  const [urlTouched, setUrlTouched] = useState(false);
  const [values, setValues] = useState<CredentialValues>(INITIAL_CREDENTIALS);
  const [timeout, setTimeoutText] = useState(String(DEFAULT_PROBE_TIMEOUT_MS / 1000));
  const [submitErrors, setSubmitErrors] = useState<FormError[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const urlList = useMemo(() => parseUrlList(urlText), [urlText]);
  const showUrlErrors = (urlTouched || submitted) && urlList.errors.length > 0;

  // Live re-validation after a refused submit, so fixed fields lose their error at once.
  const liveErrors = useMemo(
    () => (submitted ? validate(urlList, values, timeout).errors : []),
    [submitted, urlList, values, timeout],
  );
  const errors = submitted ? liveErrors : submitErrors;
  const fieldErrors: Partial<Record<FieldName, string>> = {};
  for (const e of errors) if (e.field !== 'urls' && fieldErrors[e.field] === undefined) fieldErrors[e.field] = e.message;
  const urlOtherError = errors.find((e) => e.field === 'urls' && !urlList.errors.some((u) => e.message.endsWith(u)));

  const wasRunning = useRef(false);
  useEffect(() => {
    if (running && !wasRunning.current) cancelRef.current?.focus();
    if (!running && wasRunning.current) {
      const active = document.activeElement;
      if (active === null || active === document.body || active === cancelRef.current) resultsHeadingRef.current?.focus();
    }
    wasRunning.current = running;
  }, [running, resultsHeadingRef]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (running) return;
    const v = validate(urlList, values, timeout);
    if (v.errors.length > 0 || v.credentials === null) {
      setSubmitErrors(v.errors);
      setSubmitted(true);
      const first = v.errors[0];
      if (first !== undefined) focusField(first.field);
      return;
    }
    setSubmitErrors([]);
    setSubmitted(false);
    remembered.save(urlText);
    onRun({ urls: urlList.uris, credentials: v.credentials, timeoutMs: v.timeoutMs });
  };

  const onUrlChange = (text: string) => {
    setUrlText(text);
    remembered.save(text);
  };

  const urlDescribedBy = ['tt-urls-hint', showUrlErrors ? 'tt-urls-errors' : '', urlOtherError ? 'tt-urls-error' : '']
    .filter((x) => x !== '')
    .join(' ');

  return (
    <form className="tt-form" onSubmit={onSubmit} noValidate aria-labelledby="tt-form-heading">
      <h2 id="tt-form-heading">Server and credentials</h2>

      {errors.length > 0 && (
        <div className="notice error tt-error-summary" role="alert" aria-labelledby="tt-error-summary-heading">
          <h3 id="tt-error-summary-heading">
            Fix {errors.length === 1 ? 'this problem' : `these ${errors.length} problems`} before running the test
          </h3>
          <ul>
            {errors.map((e, i) => (
              <li key={`${e.field}-${i}`}>
                <a
                  href={`#${FIELD_IDS[e.field]}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    focusField(e.field);
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="field">
        <label htmlFor={FIELD_IDS.urls}>TURN server URLs</label>
        <span className="hint" id="tt-urls-hint">
          One per line, for example <code>turn:turn.example.com:3478?transport=udp</code>,{' '}
          <code>turn:turn.example.com:3478?transport=tcp</code> and <code>turns:turn.example.com:443?transport=tcp</code>.
          Lines starting with # are ignored.
        </span>
        <textarea
          id={FIELD_IDS.urls}
          value={urlText}
          rows={4}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          onChange={(e) => onUrlChange(e.target.value)}
          onBlur={() => setUrlTouched(true)}
          aria-invalid={showUrlErrors || urlOtherError !== undefined ? true : undefined}
          aria-describedby={urlDescribedBy}
          disabled={running}
        />
        {/* Always present and of fixed height: revealing the line errors on blur must not move the
            controls below (a click that starts the blur would otherwise land beside its target). */}
        <div
          className="tt-url-status"
          {...(showUrlErrors ? { role: 'group', 'aria-label': 'URL errors', tabIndex: 0 } : {})}
        >
          {showUrlErrors && (
            <ul className="field-error tt-line-errors" id="tt-urls-errors">
              {urlList.errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {urlOtherError !== undefined && !showUrlErrors && (
            <p className="field-error" id="tt-urls-error">
              {urlOtherError.message}
            </p>
          )}
          {urlList.uris.length > 0 && !showUrlErrors && urlOtherError === undefined && (
            <p className="tt-hint tt-url-count">
              {urlList.uris.length} valid URL{urlList.uris.length === 1 ? '' : 's'}:{' '}
              {urlList.uris.map((u) => u.transport.toUpperCase()).join(', ')}
            </p>
          )}
        </div>
      </div>

      <div className="tt-remember">
        <input
          type="checkbox"
          id="tt-remember"
          checked={remembered.remember}
          onChange={(e) => remembered.setRemember(e.target.checked, urlText)}
          aria-describedby="tt-remember-hint"
        />
        <label htmlFor="tt-remember">Remember these URLs</label>
        <span className="hint" id="tt-remember-hint">
          Saves the URL list (never credentials) in this browser. Untick to delete it.
        </span>
        {remembered.problem !== null && <p className="field-error">{remembered.problem}</p>}
      </div>

      <CredentialsFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={fieldErrors}
        disabled={running}
      />

      <details className="tt-advanced">
        <summary>Advanced</summary>
        <div className="field">
          <label htmlFor={FIELD_IDS.timeout}>No-answer timeout (seconds)</label>
          <span className="hint" id="tt-timeout-hint">
            How long to wait for a server that neither answers nor refuses. Browsers themselves wait 40 seconds.
          </span>
          <input
            id={FIELD_IDS.timeout}
            type="text"
            inputMode="decimal"
            value={timeout}
            onChange={(e) => setTimeoutText(e.target.value)}
            aria-invalid={fieldErrors.timeout !== undefined ? true : undefined}
            aria-describedby={`tt-timeout-hint${fieldErrors.timeout !== undefined ? ' tt-timeout-error' : ''}`}
            disabled={running}
            className="tt-short-input"
          />
          {fieldErrors.timeout !== undefined && (
            <p className="field-error" id="tt-timeout-error">
              {fieldErrors.timeout}
            </p>
          )}
        </div>
      </details>

      <div className="tt-actions">
        <button type="submit" className="primary" disabled={running}>
          Run test
        </button>
        {running && (
          <button type="button" ref={cancelRef} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
});
