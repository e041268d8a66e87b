import type { CredentialMode, CredentialValues, FieldName } from '@/features/turn-tester/turn-form-validation';

export type { CredentialValues, FieldName };

export const FIELD_IDS = {
  urls: 'tt-urls',
  mode: 'tt-mode-static',
  username: 'tt-username',
  password: 'tt-password',
  secret: 'tt-secret',
  userId: 'tt-user-id',
  lifetime: 'tt-lifetime',
  endpointUrl: 'tt-endpoint-url',
  timeout: 'tt-timeout',
} as const satisfies Record<FieldName, string>;

const MODES: readonly { value: CredentialMode; label: string; hint: string }[] = [
  {
    value: 'static',
    label: 'Username and password',
    hint: 'A credential as your app hands it to clients: static, or minted by your backend.',
  },
  {
    value: 'shared-secret',
    label: 'Shared secret (TURN REST API)',
    hint: 'coturn "use-auth-secret": the app mints short-lived credentials itself, and can test that expired ones are refused.',
  },
  {
    value: 'endpoint',
    label: 'Credential endpoint',
    hint: 'Your backend URL that returns TURN credentials: the app fetches them without cookies and audits the endpoint too.',
  },
];

interface Props {
  values: CredentialValues;
  onChange: (patch: Partial<CredentialValues>) => void;
  errors: Partial<Record<FieldName, string>>;
  disabled: boolean;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

function FieldError({ name, errors }: { name: FieldName; errors: Props['errors'] }) {
  const message = errors[name];
  if (message === undefined) return null;
  return (
    <p className="field-error" id={`${FIELD_IDS[name]}-error`}>
      {message}
    </p>
  );
}

type TextName = 'username' | 'password' | 'secret' | 'userId' | 'lifetime' | 'endpointUrl';
interface TextOptions {
  type?: string;
  hint?: string;
  autoComplete?: string;
  inputMode?: 'numeric';
  placeholder?: string;
}

function TextField({ name, label, options = {}, values, onChange, errors, disabled }: Props & { name: TextName; label: string; options?: TextOptions }) {
  const hintId = options.hint !== undefined ? `${FIELD_IDS[name]}-hint` : undefined;
  const errorId = errors[name] !== undefined ? `${FIELD_IDS[name]}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={FIELD_IDS[name]}>{label}</label>
      {hintId !== undefined && (
        <span className="hint" id={hintId}>
          {options.hint}
        </span>
      )}
      <input
        id={FIELD_IDS[name]}
        type={options.type ?? 'text'}
        value={values[name]}
        onChange={(e) => onChange({ [name]: e.target.value })}
        autoComplete={options.autoComplete ?? 'off'}
        spellCheck={false}
        autoCapitalize="off"
        inputMode={options.inputMode}
        placeholder={options.placeholder}
        aria-invalid={errors[name] !== undefined ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        disabled={disabled}
      />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

function ModeRadios({ values, onChange, disabled }: Props) {
  return (
    <fieldset className="tt-modes" role="radiogroup" aria-labelledby="tt-credentials-legend" disabled={disabled}>
      <legend id="tt-credentials-legend">Credentials</legend>
      {MODES.map((m) => (
        <div key={m.value} className="tt-mode">
          <input
            type="radio"
            id={m.value === 'static' ? FIELD_IDS.mode : `tt-mode-${m.value}`}
            name="tt-credential-mode"
            value={m.value}
            checked={values.mode === m.value}
            onChange={() => onChange({ mode: m.value })}
            aria-describedby={`tt-mode-${m.value}-hint`}
          />
          <label htmlFor={m.value === 'static' ? FIELD_IDS.mode : `tt-mode-${m.value}`}>{m.label}</label>
          <span className="hint" id={`tt-mode-${m.value}-hint`}>
            {m.hint}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

const ENDPOINT_HINT =
  'Fetched with GET, first without cookies to see whether anyone can get credentials. Expected JSON: ' +
  '{ "username", "password", "ttl", "uris" } or { "iceServers": [...] }. Leave the URL list empty to test the URLs it returns.';

/** The "Credentials" radio group and the fields of the chosen mode. Values stay in memory only. */
export function CredentialsFields(props: Props) {
  const { values } = props;
  return (
    <>
      <ModeRadios {...props} />
      <div className="tt-mode-fields">
        {values.mode === 'static' && (
          <div className="tt-grid-2">
            <TextField {...props} name="username" label="Username" options={{ hint: 'For TURN REST credentials: "expiry:user id".' }} />
            <TextField {...props} name="password" label="Password" options={{ type: 'password', hint: 'Also called "credential".' }} />
          </div>
        )}
        {values.mode === 'shared-secret' && (
          <>
            <div className="notice warning" role="note">
              <strong>A shared secret belongs on a server.</strong> Anyone who has it can mint credentials for your TURN
              server, so never put it in client code. Use it here only to test; it is kept in this page&rsquo;s memory for
              the test and never saved, logged or exported. Prefer a test secret, or rotate it afterwards.
            </div>
            <TextField {...props} name="secret" label="Shared secret" options={{ type: 'password', hint: 'coturn "static-auth-secret".' }} />
            <div className="tt-grid-2">
              <TextField {...props} name="userId" label="User ID" options={{ hint: 'Goes into the username in clear text: use an opaque id, not an email.' }} />
              <TextField
                {...props}
                name="lifetime"
                label="Lifetime (seconds)"
                options={{ inputMode: 'numeric', hint: 'How long minted credentials stay valid. 86400 = 24 h.' }}
              />
            </div>
          </>
        )}
        {values.mode === 'endpoint' && (
          <TextField
            {...props}
            name="endpointUrl"
            label="Endpoint URL"
            options={{ type: 'url', placeholder: 'https://api.example.com/turn-credentials', hint: ENDPOINT_HINT }}
          />
        )}
      </div>
    </>
  );
}
