/** Small formatting helpers shared by the panel and the live summary. @module */

/** `m:ss` for a number of seconds. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** A figure with at most one decimal, in the interface's language. */
export function figure(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, {maximumFractionDigits: 1}).format(value)
}

/** The first `max` characters of a sentence, on one line. */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
