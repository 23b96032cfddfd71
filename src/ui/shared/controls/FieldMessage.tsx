/** A refused edit's reason, beside the field it belongs to. */
export function FieldMessage({ message, id }: { message: string | null; id?: string }) {
  if (message === null) return null;
  return (
    <p className="field__message" role="alert" id={id}>
      {message}
    </p>
  );
}
