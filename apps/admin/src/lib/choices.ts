/** The choices of a select or a segmented control: each value with its label, in the order `labels` lists them. */
export function choicesOf<T extends string>(labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
