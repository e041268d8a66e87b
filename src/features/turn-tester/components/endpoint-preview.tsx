import { maskSecret } from '@/features/turn-tester/credentials';
import type { EndpointPreview as Preview } from '@/features/turn-tester/use-turn-audit';

/** What the credential endpoint returned, with every credential masked. */
export function EndpointPreview({ preview }: { preview: Preview }) {
  const { response, anonymousAccess, status } = preview;
  return (
    <section className="tt-endpoint" aria-labelledby="tt-endpoint-heading">
      <h3 id="tt-endpoint-heading">What the endpoint returned</h3>
      <dl className="tt-facts">
        <dt>Request without cookies</dt>
        <dd>
          {anonymousAccess
            ? `Got credentials (HTTP ${status}): anyone who knows the URL can fetch them.`
            : `Refused — the credentials below came with this browser's cookies (HTTP ${status}).`}
        </dd>
        <dt>Format</dt>
        <dd>
          {response.shape === 'turn-rest'
            ? 'TURN REST API (username, password, ttl, uris)'
            : `iceServers list (${response.iceServers.length} ${response.iceServers.length === 1 ? 'entry' : 'entries'})`}
        </dd>
        <dt>ttl</dt>
        <dd>{response.ttlSeconds !== undefined ? `${response.ttlSeconds} seconds` : 'not given'}</dd>
      </dl>
      <div className="tt-table-wrap">
        <table aria-label="Endpoint ICE servers" className="tt-candidate-table">
          <thead>
            <tr>
              <th scope="col">URLs</th>
              <th scope="col">Username</th>
              <th scope="col">Password</th>
            </tr>
          </thead>
          <tbody>
            {response.iceServers.map((s, i) => (
              <tr key={i}>
                <td>
                  {s.urls.map((u) => (
                    <code key={u} className="tt-block-code">
                      {u}
                    </code>
                  ))}
                </td>
                <td>{s.username !== undefined ? <code>{s.username}</code> : '—'}</td>
                <td>{s.credential !== undefined ? maskSecret(s.credential) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="tt-hint">Passwords are masked. The response is kept in memory for this test only.</p>
    </section>
  );
}
