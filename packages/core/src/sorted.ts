/**
 * Searching sorted offsets.
 *
 * @module
 */

/**
 * The index of the last number in ascending `sorted` that is at most
 * `value`, or 0 when there is none (both callers start their lists at 0:
 * line starts, the starts of batched texts).
 */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sorted[middle]! <= value) low = middle
    else high = middle - 1
  }
  return low
}
