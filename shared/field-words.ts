/** Words for import fields, said the same way in the window, the command line and the messages. */

/** `experience_start` → `Experience start`. */
export function fieldLabel(field: string): string {
  const words = field.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
