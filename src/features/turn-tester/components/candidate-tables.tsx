import type { CandidateRow } from '@/features/turn-tester/candidates';

/** Per URL, the candidates the allocation probe saw (like the webrtc samples' Trickle ICE page). */
export function CandidateTables({
  urls,
  candidates,
}: {
  urls: readonly string[];
  candidates: Readonly<Record<string, readonly CandidateRow[]>>;
}) {
  const turnUrls = urls.filter((u) => /^turns?:/.test(u));
  if (turnUrls.length === 0) return null;
  return (
    <div className="tt-candidates">
      <h3>Candidates</h3>
      <p className="tt-hint">
        What the browser gathered with your credentials, per URL. A <em>relay</em> candidate is an address on the TURN
        server that forwards traffic for you; its relay protocol is how the browser reached the server.
      </p>
      {turnUrls.map((url) => {
        const rows = candidates[url] ?? [];
        const relays = rows.filter((r) => r.type === 'relay').length;
        return (
          <details key={url} className="tt-disclosure">
            <summary>
              Candidates for <code>{url}</code>{' '}
              <span className="tt-hint">
                ({rows.length === 0 ? 'none' : `${rows.length} candidate${rows.length === 1 ? '' : 's'}, ${relays} relay`})
              </span>
            </summary>
            {rows.length === 0 ? (
              <p className="tt-hint">No candidate arrived for this URL; the allocation check explains why.</p>
            ) : (
              <div className="tt-table-wrap">
                <table aria-label={`Candidates for ${url}`} className="tt-candidate-table">
                  <thead>
                    <tr>
                      <th scope="col" className="tt-num">
                        Time (ms)
                      </th>
                      <th scope="col">Type</th>
                      <th scope="col">Protocol</th>
                      <th scope="col">Address</th>
                      <th scope="col" className="tt-num">
                        Port
                      </th>
                      <th scope="col">Relay protocol</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r, i) => (
                      <tr key={`${r.address}:${r.port ?? ''}:${i}`}>
                        <td className="tt-num">{Math.round(r.ms)}</td>
                        <td>{r.type}</td>
                        <td>{r.protocol}</td>
                        <td>
                          <code>{r.address}</code>
                        </td>
                        <td className="tt-num">{r.port ?? '—'}</td>
                        <td>{r.relayProtocol ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </details>
        );
      })}
    </div>
  );
}
