import {nearest} from '@pitch-coach/core'

/** ` (did you mean X?)`, or an empty string when nothing is close. */
export function didYouMean(
  value: string,
  candidates: readonly string[],
  prefix = ''
): string {
  // One edit at the least, so that `zzz` suggests nothing; the core's
  // option errors allow two.
  const match = nearest(value, candidates, 1)
  return match === undefined ? '' : `; did you mean ${prefix}${match}?`
}

