// A form whose values are kept as typed (text), with a message under each field it refuses and
// one above it for what belongs to no field: the plan and program forms. Typing in a field clears
// its message; `field(name)` gives an input its label, value, change handler, message and test id.

import { type FormEvent, useState } from "react";

type Messages<F extends string> = Partial<Record<F, string>>;

export function useFieldForm<V extends { [K in keyof V]: string }>(
  initial: () => V,
  { labels, testIdPrefix }: { labels: Record<keyof V & string, string>; testIdPrefix: string },
) {
  type F = keyof V & string;
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Messages<F>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const setField = (name: F, value: string) => {
    setValues((current) => ({ ...current, [name]: value }) as V);
    setErrors((current) => ({ ...current, [name]: undefined }));
  };

  const field = (name: F) => ({
    label: labels[name],
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => setField(name, event.currentTarget.value),
    error: errors[name],
    "data-testid": `${testIdPrefix}-${name}`,
  });

  /**
   * The submit handler: what `build` made of the values goes to `send`, or what it refused shows
   * under the fields without asking the server.
   */
  const onSubmit =
    <B>(build: () => { body: B } | { errors: Messages<F> }, send: (body: B) => void) =>
    (event: FormEvent) => {
      event.preventDefault();
      setFormError(null);
      const built = build();
      if ("errors" in built) {
        setErrors(built.errors);
        return;
      }
      setErrors({});
      send(built.body);
    };

  /** A save the server refused: its messages under the fields, the rest above the form. */
  const refused = ({ fields, rest }: { fields: Messages<F>; rest: string | null }) => {
    setErrors(fields);
    setFormError(rest);
  };

  return { values, errors, setErrors, formError, setField, field, onSubmit, refused };
}
