import { useCallback, useEffect, useState } from 'react';
import type { CommandCredentials } from '@/features/turn-tester/probe-command';
import { commandVariables, PASSWORD_VARIABLE, probeCommand, SETTLE_CREDENTIAL_TTL_SECONDS, USERNAME_VARIABLE } from '@/features/turn-tester/probe-command';

/** Where the command's credentials come from; absent (e.g. imported results): placeholders. */
export type CommandCredentialSource = () => Promise<CommandCredentials>;

const NONE: CommandCredentials = { kind: 'none' };

function CredentialNote({ credentials, onRenew }: { credentials: CommandCredentials; onRenew: () => void }) {
  if (credentials.kind === 'minted') {
    const until = new Date(credentials.expiresAt);
    return (
      <p className="tt-settle-note">
        The username and password in it were minted in this page from your shared secret and expire after{' '}
        {SETTLE_CREDENTIAL_TTL_SECONDS / 60} minutes, at{' '}
        <time dateTime={until.toISOString()}>{until.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}</time>; the secret
        itself is not in it.{' '}
        <button type="button" className="tt-link-button" onClick={onRenew}>
          Mint a new credential
        </button>
      </p>
    );
  }
  const vars = commandVariables(credentials);
  const example = `${credentials.kind === 'none' ? `export ${USERNAME_VARIABLE}=<username>; ` : ''}read -rs ${PASSWORD_VARIABLE} && export ${PASSWORD_VARIABLE}`;
  return (
    <p className="tt-settle-note">
      {credentials.kind === 'username'
        ? 'Your password is not printed here (it would end up in shell history and screenshots): the command reads it from '
        : 'This page no longer has the credentials of this run: the command reads them from '}
      {vars.join(' and ')}. Set {vars.length > 1 ? 'them' : 'it'} first, e.g. <code>{example}</code> (then type the password).
    </p>
  );
}

/**
 * The probe command for one server's URL (issue 14): what a browser cannot tell (an anonymous relay
 * looks like a dead port to it), a terminal can. Copy button named after the server.
 */
export function SettleCommand({ server, url, credentials }: { server: string; url: string; credentials: CommandCredentialSource | undefined }) {
  const [creds, setCreds] = useState<CommandCredentials | null>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'blocked'>('idle');
  const load = useCallback(() => (credentials ? credentials() : Promise.resolve(NONE)), [credentials]);
  useEffect(() => {
    let live = true;
    void load().then((c) => live && setCreds(c));
    return () => {
      live = false;
    };
  }, [load]);
  if (creds === null) return <p className="tt-settle">Preparing the command that settles it…</p>;
  const command = probeCommand(url, creds);
  const copy = () => {
    navigator.clipboard.writeText(command).then(
      () => setCopied('copied'),
      () => setCopied('blocked'),
    );
  };
  return (
    <div className="tt-settle">
      <p>
        Settle it with the command-line probe, run from a checkout of this project: it asks what a browser cannot (an
        allocation without credentials, relaying to internal addresses). Add <code>--json turn-probe.json</code> to import the
        results here.
      </p>
      <pre className="tt-settle-command">
        <code>{command}</code>
      </pre>
      <p className="tt-settle-actions">
        <button type="button" onClick={copy} aria-label={`Copy command for ${server}`}>
          Copy command
        </button>{' '}
        <span role="status" className="tt-hint">
          {copied === 'copied' ? 'Copied.' : copied === 'blocked' ? 'The browser blocked the clipboard: select the command and copy it.' : ''}
        </span>
      </p>
      <CredentialNote
        credentials={creds}
        onRenew={() => {
          setCopied('idle');
          void load().then(setCreds);
        }}
      />
    </div>
  );
}
