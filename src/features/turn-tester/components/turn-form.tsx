import { memo, useEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { DEFAULT_PROBE_TIMEOUT_MS } from '@/features/turn-tester/probe';
import type { FormError } from '@/features/turn-tester/turn-form-validation';
import { INITIAL_CREDENTIALS, validateForm } from '@/features/turn-tester/turn-form-validation';
import { parseUrlList } from '@/features/turn-tester/uri';
import { useRememberedUrls } from '@/features/turn-tester/use-remembered-urls';
import type { RunRequest } from '@/features/turn-tester/use-turn-audit';
import { CredentialsFields, FIELD_IDS, type CredentialValues, type FieldName } from './credentials-fields';
import { RememberBox, TimeoutField, UrlField } from './turn-form-fields';

function focusField(field: FieldName): void {
  const el = document.getElementById(FIELD_IDS[field]);
  if (field === 'timeout') {
    const details = el?.closest('details');
    if (details !== null && details !== undefined) details.open = true;
  }
  el?.focus();
}

function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  if (errors.length === 0) return null;
  return (
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
  );
}

/** Focus moves to Cancel when a run starts, and to the results heading when it ends from Cancel. */
function useRunFocus(running: boolean, resultsHeadingRef: RefObject<HTMLHeadingElement | null>) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running && !wasRunning.current) cancelRef.current?.focus();
    if (!running && wasRunning.current) {
      const active = document.activeElement;
      if (active === null || active === document.body || active === cancelRef.current) resultsHeadingRef.current?.focus();
    }
    wasRunning.current = running;
  }, [running, resultsHeadingRef]);
  return cancelRef;
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
  const [values, setValues] = useState<CredentialValues>(INITIAL_CREDENTIALS);
  const [timeout, setTimeoutText] = useState(String(DEFAULT_PROBE_TIMEOUT_MS / 1000));
  const [submitted, setSubmitted] = useState(false);
  const cancelRef = useRunFocus(running, resultsHeadingRef);
  const urlList = useMemo(() => parseUrlList(urlText), [urlText]);
  // Live re-validation after a refused submit, so fixed fields lose their error at once. (The origin
  // is read only then: the form is also rendered at build time, where there is no window.)
  const errors = useMemo(
    () => (submitted ? validateForm(urlList, values, timeout, window.location.origin).errors : []),
    [submitted, urlList, values, timeout],
  );
  const fieldErrors: Partial<Record<FieldName, string>> = {};
  for (const e of errors) if (e.field !== 'urls' && fieldErrors[e.field] === undefined) fieldErrors[e.field] = e.message;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (running) return;
    const v = validateForm(urlList, values, timeout, window.location.origin);
    if (v.errors.length > 0 || v.credentials === null) {
      setSubmitted(true);
      const first = v.errors[0];
      if (first !== undefined) focusField(first.field);
      return;
    }
    setSubmitted(false);
    remembered.save(urlText);
    onRun({ urls: urlList.uris, credentials: v.credentials, timeoutMs: v.timeoutMs });
  };
  const onUrlChange = (text: string) => {
    setUrlText(text);
    remembered.save(text);
  };

  return (
    <form className="tt-form" onSubmit={onSubmit} noValidate aria-labelledby="tt-form-heading">
      <h2 id="tt-form-heading">Server and credentials</h2>
      <ErrorSummary errors={errors} />
      <UrlField text={urlText} urlList={urlList} errors={errors} submitted={submitted} running={running} onChange={onUrlChange} />
      <RememberBox remembered={remembered} urlText={urlText} />
      <CredentialsFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={fieldErrors} disabled={running} />
      <TimeoutField value={timeout} onChange={setTimeoutText} error={fieldErrors.timeout} running={running} />
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
