/**
 * Saves a file to the user's disk through a temporary object URL. Nothing leaves the machine.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves text as UTF-8. CSV files start with a byte-order mark: without it Excel reads them as a
 * legacy code page and garbles "WebRTC’s" or "Łódź"; other spreadsheet tools ignore it.
 */
export function saveText(text: string, filename: string, type = 'text/plain'): void {
  const bom = type === 'text/csv' ? '\uFEFF' : '';
  saveFile(new Blob([bom + text], { type: `${type};charset=utf-8` }), filename);
}
