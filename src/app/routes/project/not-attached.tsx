/** A file that was not attached, and why: too large, unreadable (attach-results-file.tsx) or not a results file (results-file-preview.tsx). */
export function NotAttached({ message }: { message: string }) {
  return (
    <div className="notice error" role="alert">
      <p>{message}</p>
      <p>Nothing was changed.</p>
    </div>
  );
}
