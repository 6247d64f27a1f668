/**
 * Help texts. They are the short manual; `docs/cli.md` is the long one.
 */

/** `pitch-coach --help`. */
export const mainHelp = `Usage: pitch-coach <command> [options]

Coach innovation-competition pitches written in Markdown: story arc,
readability, style, Narrative Index and speaking time.

Commands:
  check [files… | -]           Check pitches and show findings and a summary
  report <folders|files…>      Compare many pitches in one HTML, CSV or JSON report
  diff <old.md> <new.md>       Show what improved or got worse between two drafts

Options:
  -h, --help                   Show help (also after a command)
  -v, --version                Show the version

Run 'pitch-coach <command> --help' for a command's options.
Exit codes: 0 no errors, 1 a finding is an error (diff --fail-on regression:
the new draft regressed), 2 a usage or input problem.
`

const analysisOptions = `  --preset NAME                elevator, three-minute, five-minute or challenge
  --lang LANG                  en, sv, fi or auto (default: auto)
  --wpm N                      Speaking rate, 60–300 words a minute
  --limit SECONDS              Time slot, 1–7200 seconds
  -c, --config FILE            Use this config file instead of searching for
                               pitch-coach.config.json or .pitchcoachrc.json
  -h, --help                   Show this help`

/** `pitch-coach check --help`. */
export const checkHelp = `Usage: pitch-coach check [files… | -] [options]

Check each pitch: findings as 'file:line:column  severity  reason  ruleId',
then the story arc, speaking time, readability and a mentor's questions.
'-' reads a pitch from standard input.

Options:
  -f, --format FORMAT          text (default) or json
  -q, --quiet                  Only warnings and errors (text: no summary)
${analysisOptions}

Exit codes: 0 no errors, 1 a finding is an error, 2 a usage or input problem
(the other files are still checked).
`

/** `pitch-coach report --help`. */
export const reportHelp = `Usage: pitch-coach report <folders|files…> [--out FILE] [options]

Analyse many pitches (folders are searched for .md and .markdown files) and
write one report comparing them.

Options:
  -o, --out FILE               Write the report here (default: standard output)
  -f, --format FORMAT          html, csv or json (default: from --out's
                               extension, else html)
${analysisOptions}

Exit codes: 0 report written, 2 a usage or input problem (the report still
holds every pitch that could be read).
`

/** `pitch-coach diff --help`. */
export const diffHelp = `Usage: pitch-coach diff <old.md> <new.md> [options]

Compare two drafts of a pitch: which elements, figures and findings
improved or got worse. The new draft regressed when an element's status
fell (present → weak or missing, weak → missing).

Options:
  -f, --format FORMAT          text (default) or json
  --fail-on WHEN               never (default): exit 0 once compared;
                               regression: exit 1 if the new draft regressed
${analysisOptions}

Exit codes: 0 compared (and, with --fail-on regression, no element got
worse), 1 the new draft regressed (only with --fail-on regression), 2 a
usage or input problem.
`
