/**
 * The candidate nearest to `value` (Damerau–Levenshtein distance), or
 * `undefined` when none is close enough to be a likely typo.
 */
export function nearest(
  value: string,
  candidates: readonly string[]
): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity

  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  // Allow about one typo per three characters: `formt` → `format`, but
  // `zzz` suggests nothing.
  const allowed = Math.max(1, Math.floor(value.length / 3))
  return bestDistance <= allowed ? best : undefined
}

/** ` (did you mean X?)`, or an empty string when nothing is close. */
export function didYouMean(
  value: string,
  candidates: readonly string[],
  prefix = ''
): string {
  const match = nearest(value, candidates)
  return match === undefined ? '' : `; did you mean ${prefix}${match}?`
}

function editDistance(a: string, b: string): number {
  const rows: number[][] = []

  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i]
    rows.push(row)
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j)
        continue
      }

      const previous = rows[i - 1] as number[]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost
      )

      if (
        i > 1 &&
        j > 1 &&
        a[i - 1] === b[j - 2] &&
        a[i - 2] === b[j - 1]
      ) {
        value = Math.min(value, (rows[i - 2] as number[])[j - 2] as number + 1)
      }

      row.push(value)
    }
  }

  return (rows[a.length] as number[])[b.length] as number
}
