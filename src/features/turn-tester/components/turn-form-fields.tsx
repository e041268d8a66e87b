import { useState } from 'react';
import type { FormError } from '@/features/turn-tester/turn-form-validation';
import type { UrlList } from '@/features/turn-tester/uri';
import type { RememberedUrls } from '@/features/turn-tester/use-remembered-urls';
import { FIELD_IDS } from './credentials-fields';

interface UrlFieldProps {
  text: string;
  urlList: UrlList;
  errors: readonly FormError[];
  submitted: boolean;
  running: boolean;
  onChange: (text: string) => void;
}

/** The URL textarea with its line errors (shown once touched or submitted) and the valid-URL count. */
export function UrlField({ text, urlList, errors, submitted, running, onChange }: UrlFieldProps) {
  const [touched, setTouched] = useState(false);
  const showUrlErrors = (touched || submitted) && urlList.errors.length > 0;
  const urlOtherError = errors.find((e) => e.field === 'urls' && !urlList.errors.some((u) => e.message.endsWith(u)));
  const describedBy = ['tt-urls-hint', showUrlErrors ? 'tt-urls-errors' : '', urlOtherError ? 'tt-urls-error' : '']
    .filter((x) => x !== '')
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={FIELD_IDS.urls}>TURN server URLs</label>
      <span className="hint" id="tt-urls-hint">
        One per line, for example <code>turn:turn.example.com:3478?transport=udp</code>,{' '}
        <code>turn:turn.example.com:3478?transport=tcp</code> and <code>turns:turn.example.com:443?transport=tcp</code>.
        Lines starting with # are ignored.
      </span>
      <textarea
        id={FIELD_IDS.urls}
        value={text}
        rows={4}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setTouched(true)}
        aria-invalid={showUrlErrors || urlOtherError !== undefined ? true : undefined}
        aria-describedby={describedBy}
        disabled={running}
      />
      {/* Always present and of fixed height: revealing the line errors on blur must not move the
          controls below (a click that starts the blur would otherwise land beside its target). */}
      <div className="tt-url-status" {...(showUrlErrors ? { role: 'group', 'aria-label': 'URL errors', tabIndex: 0 } : {})}>
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
  );
}

export function RememberBox({ remembered, urlText }: { remembered: RememberedUrls; urlText: string }) {
  return (
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
  );
}

interface TimeoutFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  running: boolean;
}

export function TimeoutField({ value, onChange, error, running }: TimeoutFieldProps) {
  return (
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
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error !== undefined ? true : undefined}
          aria-describedby={`tt-timeout-hint${error !== undefined ? ' tt-timeout-error' : ''}`}
          disabled={running}
          className="tt-short-input"
        />
        {error !== undefined && (
          <p className="field-error" id="tt-timeout-error">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
