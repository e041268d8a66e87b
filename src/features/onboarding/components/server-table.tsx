import type { ServerRow } from '@/features/onboarding/brief-content';

/** The inventory, read-only (the contractor's landing and the brief). */
export function ServerTable({ rows }: { rows: readonly ServerRow[] }) {
  if (rows.length === 0) return <p>No server listed.</p>;
  return (
    <table className="ob-table">
      <caption className="visually-hidden">Servers</caption>
      <thead>
        <tr>
          <th scope="col">Server</th>
          <th scope="col">Role</th>
          <th scope="col">Reachable from the Internet</th>
          <th scope="col">Controlled by</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s, i) => (
          <tr key={i}>
            <td>{s.name}</td>
            <td>{s.role}</td>
            <td>{s.exposure}</td>
            <td>{s.controlledBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
