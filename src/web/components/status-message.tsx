/**
 * A polite live region for the outcome of an action ("The body has been created."). It is always
 * rendered, even when empty, so that screen readers announce the text when it appears.
 */
export function StatusMessage({ message }: { readonly message: string | null }) {
  return (
    <div role="status" className={message ? "notice notice-success" : "notice-empty"}>
      {message}
    </div>
  );
}
