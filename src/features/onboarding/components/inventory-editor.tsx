import { useId } from 'react';
import { CONTROLLED_BY_CLIENTS, EXPOSURES, SERVER_PRODUCTS, SERVER_ROLES, type InventoryServer } from '@/entities/onboarding/types';
import { addServer, removeServer, updateServer } from '@/features/onboarding/inventory';
import { EXPOSURE_LABELS, productLabel, ROLE_LABELS } from '@/features/onboarding/products';

interface Props {
  servers: readonly InventoryServer[];
  onChange: (servers: InventoryServer[]) => void;
}

const NEW_SERVER: Omit<InventoryServer, 'id'> = { name: '', role: 'web', product: '', exposure: 'none', controlledBy: '' };

/** The servers table: one row of labelled controls per server. */
export function InventoryEditor({ servers, onChange }: Props) {
  const id = useId();
  return (
    <div className="ob-inventory">
      {servers.length === 0 ? (
        <p>No servers yet. Add each server of the product: web and app servers, signaling, TURN, media servers, recording, databases.</p>
      ) : (
        <table className="ob-table">
          <caption className="visually-hidden">Servers</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Product</th>
              <th scope="col">Reachable from the Internet</th>
              <th scope="col">Controlled by</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {servers.map((s, row) => (
              <ServerRow key={s.id} server={s} servers={servers} prefix={`${id}-${row}`} number={row + 1} onChange={onChange} />
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onChange(addServer(servers, NEW_SERVER))}>
        Add server
      </button>
      <p className="pj-hint">For a TURN server, “Controlled by” is the service that mints its credentials.</p>
    </div>
  );
}

interface RowProps {
  server: InventoryServer;
  servers: readonly InventoryServer[];
  prefix: string;
  number: number;
  onChange: (servers: InventoryServer[]) => void;
}

function ServerRow({ server: s, servers, prefix, number, onChange }: RowProps) {
  const set = (patch: Partial<Omit<InventoryServer, 'id'>>) => onChange(updateServer(servers, s.id, patch));
  const name = s.name.trim() || `server ${s.id}`;
  return (
    <tr>
      <td>
        <label className="visually-hidden" htmlFor={`${prefix}-name`}>
          Name of server {number}
        </label>
        <input id={`${prefix}-name`} value={s.name} maxLength={100} onChange={(e) => set({ name: e.target.value })} />
      </td>
      <td>
        <select aria-label={`Role of ${name}`} value={s.role} onChange={(e) => set({ role: e.target.value as InventoryServer['role'] })}>
          {SERVER_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={`Product of ${name}`} value={s.product} onChange={(e) => set({ product: e.target.value as InventoryServer['product'] })}>
          {SERVER_PRODUCTS.map((p) => (
            <option key={p} value={p}>
              {p === '' ? '—' : productLabel(p)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={`Reachable from the Internet: ${name}`} value={s.exposure} onChange={(e) => set({ exposure: e.target.value as InventoryServer['exposure'] })}>
          {EXPOSURES.map((x) => (
            <option key={x} value={x}>
              {EXPOSURE_LABELS[x]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={`Controlled by: ${name}`} value={s.controlledBy} onChange={(e) => set({ controlledBy: e.target.value })}>
          <option value="">Nothing</option>
          <option value={CONTROLLED_BY_CLIENTS}>Clients (browsers and apps)</option>
          {servers
            .filter((o) => o.id !== s.id)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.name.trim() || o.id}
              </option>
            ))}
        </select>
      </td>
      <td>
        <button type="button" onClick={() => onChange(removeServer(servers, s.id))}>
          Remove <span className="visually-hidden">{name}</span>
        </button>
      </td>
    </tr>
  );
}
