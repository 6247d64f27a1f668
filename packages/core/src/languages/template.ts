/**
 * Fill the `{0}`, `{1}` … of a message template.
 *
 * @module
 */

/** Replace `{n}` with `args[n]`; unknown placeholders stay as they are. */
export function format(template: string, args: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (all, index: string) => {
    const value = args[Number(index)]
    return value === undefined ? all : String(value)
  })
}
