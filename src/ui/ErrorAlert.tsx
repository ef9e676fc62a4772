/** A save or request that failed, said in words the person can act on; announced at once. */
export function ErrorAlert({ message, id }: { message: string | null; id?: string }) {
  if (message === null) return null;
  return (
    <p role="alert" className="error-message" {...(id === undefined ? {} : { id })}>
      {message}
    </p>
  );
}
