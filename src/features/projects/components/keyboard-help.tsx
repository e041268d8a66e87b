interface Props {
  shortcutsOn: boolean;
  onShortcutsChange: (on: boolean) => void;
}

/** The walkthrough's keyboard shortcuts, and the switch that turns single-key shortcuts off (WCAG 2.1.4). */
export function KeyboardHelp({ shortcutsOn, onShortcutsChange }: Props) {
  return (
    <details className="pj-keys no-print">
      <summary>Keyboard shortcuts</summary>
      <dl>
        <dt>
          <kbd>j</kbd> / <kbd>k</kbd>
        </dt>
        <dd>Next / previous item (items collapsed as not applicable are skipped; after the last item comes the next-section step)</dd>
        <dt>
          <kbd>y</kbd> <kbd>p</kbd> <kbd>n</kbd> <kbd>a</kbd> (or <kbd>1</kbd>–<kbd>4</kbd>)
        </dt>
        <dd>Answer the focused item Yes, Partial, No or N/A</dd>
        <dt>
          <kbd>[</kbd> / <kbd>]</kbd>
        </dt>
        <dd>Previous / next section (focus moves to its heading)</dd>
        <dt>
          <kbd>Tab</kbd>, arrow keys
        </dt>
        <dd>Move through an item’s fields; arrows change the selected answer</dd>
      </dl>
      <p className="pj-hint">Shortcuts are off while you type in a text field, and work only while focus is in this assessment.</p>
      <p>
        <label className="pj-option">
          <input type="checkbox" checked={shortcutsOn} onChange={(e) => onShortcutsChange(e.target.checked)} /> Use single-key shortcuts
        </label>
      </p>
    </details>
  );
}
