import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import * as path from 'node:path'
import {test} from 'node:test'
import {errorLines, folder, goodPitch, packageRoot, pitches, run} from './helpers.js'

const examplePitches = readdirSync(pitches).filter((name) => name.endsWith('.md') && name !== 'README.md')

test('report writes one self-contained HTML page for a folder', () => {
  const out = path.join(folder(), 'report.html')
  const result = run(['report', pitches, '--out', out])
  assert.equal(result.code, 0, result.stderr)
  assert.equal(result.stdout, '')
  assert.equal(result.stderr, '', 'no progress bar when stderr is not a terminal')
  const html = readFileSync(out, 'utf8')

  assert.match(html, /^<!doctype html>/)
  assert.doesNotMatch(html, /\b(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?\/\//i, 'no external assets')
  assert.doesNotMatch(html, /<link\b|@import|url\(/i, 'no external styles')
  assert.doesNotMatch(html, /<script\b[^>]*\bsrc=/i, 'no external scripts')

  // A Content-Security-Policy lets the page fetch nothing and run only its own script.
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? ''
  assert.match(policy, /default-src 'none'/)
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '')
  assert.equal(scripts.length, 1)
  const hash = createHash('sha256').update(scripts[0] ?? '').digest('base64')
  assert.ok(policy.includes(`script-src 'sha256-${hash}'`), policy)

  assert.match(html, /<h2 id="coverage">Element coverage<\/h2>/)
  assert.match(html, /<table class="sortable" id="figures-table">/)
  const strips = html.match(/<svg class="strip"/g) ?? []
  assert.equal(strips.length, examplePitches.length, 'one story-arc strip per pitch')
  const matrixRows = html.slice(html.indexOf('class="matrix"'), html.indexOf('</table>')).match(/<tr><th scope="row"/g) ?? []
  assert.equal(matrixRows.length, examplePitches.length + 1, 'a matrix row per pitch, plus totals')
  assert.match(html, /Flesch reading ease/)
  assert.match(html, /Speaking time<\/dt>/)
})

test('report escapes every text from the pitches', () => {
  const root = folder({
    'evil.md': `# <img src=x onerror=alert(1)> & "Co" </script>\n\n${goodPitch}`
  })
  const html = run(['report', 'evil.md'], {cwd: root}).stdout
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;Co&quot; &lt;\/script&gt;/)
  assert.doesNotMatch(html, /<img/)
  assert.equal(html.match(/<\/script>/g)?.length, 1, 'only the page’s own script ends')
})

test('report --format csv: one row per pitch, a column per element and figure', () => {
  const root = folder({
    'one.md': goodPitch,
    'two.md': `# Snow, ice and "slips"\n\n${goodPitch}`,
    'three.md': `# =HYPERLINK("http://x")\n\n${goodPitch}`
  })
  const result = run(['report', '--format', 'csv', '.'], {cwd: root})
  assert.equal(result.code, 0, result.stderr)
  const lines = result.stdout.split('\r\n')
  assert.equal(lines.at(-1), '', 'CRLF after every record')
  assert.equal(lines[0], 'file,title,language,words,sentences,speakingSeconds,wordsPerMinute,limitSeconds,overBy,problem,hero,change,outcome,ask,elementsPresent,fleschReadingEase,fleschKincaidGrade,lix,lixBand,narrativeIndex,errors,warnings,infos')
  assert.equal(lines.length, 5)
  const rows = lines.slice(1, -1)
  assert.ok(rows.every((row) => /,(present|weak|missing),(present|weak|missing),(present|weak|missing),(present|weak|missing),(present|weak|missing),[0-5],/.test(row)), rows.join('\n'))
  assert.ok(rows.some((row) => row.startsWith('two.md,"Snow, ice and ""slips""",en,')), 'RFC 4180 quoting')
  assert.ok(rows.some((row) => row.startsWith(`three.md,"'=HYPERLINK(""http://x"")",`)), 'a formula is defused')
})

test('report --out FILE.json writes JSON; --out FILE.csv writes CSV; folders skip hidden files and READMEs', () => {
  const root = folder({'a.md': goodPitch, 'nested/b.markdown': goodPitch, '.hidden/c.md': goodPitch, 'notes.txt': 'not a pitch', 'README.md': '# About these pitches\n'})
  assert.equal(run(['report', '.', '--out', 'out.json'], {cwd: root}).code, 0)
  const data = JSON.parse(readFileSync(path.join(root, 'out.json'), 'utf8')) as Array<{file: string, structure: unknown}>
  assert.deepEqual(data.map((item) => item.file), ['a.md', path.join('nested', 'b.markdown')])
  assert.ok(data.every((item) => typeof item.structure === 'object'))
  assert.equal(run(['report', 'a.md', '-o', 'out.csv'], {cwd: root}).code, 0)
  assert.match(readFileSync(path.join(root, 'out.csv'), 'utf8'), /^file,title,/)
})

test('report: a missing input gives exit 2 and one line, the rest is still reported', () => {
  const root = folder({'good.md': goodPitch, 'empty/readme.txt': 'nothing'})
  const result = run(['report', 'good.md', 'missing', 'empty', '--out', 'r.html'], {cwd: root})
  assert.equal(result.code, 2)
  const lines = errorLines(result)
  assert.equal(lines.length, 2, result.stderr)
  assert.match(lines[0] ?? '', /^pitch-coach: missing: no such file or folder$/)
  assert.match(lines[1] ?? '', /^pitch-coach: empty: no Markdown files/)
  const html = readFileSync(path.join(root, 'r.html'), 'utf8')
  assert.match(html, /Not in this report/)
  assert.match(html, /Warm rooms for night-shift nurses/)
})

test('report: nothing readable gives exit 2 and writes nothing', () => {
  const root = folder()
  const result = run(['report', 'missing.md', '--out', 'r.html'], {cwd: root})
  assert.equal(result.code, 2)
  assert.match(result.stderr, /nothing written/)
  assert.equal(existsSync(path.join(root, 'r.html')), false)
})

test('report reads standard input for -', () => {
  const result = run(['report', '--format', 'csv', '-'], {input: goodPitch})
  assert.equal(result.code, 0, result.stderr)
  assert.match(result.stdout.split('\r\n')[1] ?? '', /^<stdin>,Warm rooms for night-shift nurses,en,/)
})

test('report: no input is a usage error', () => {
  const result = run(['report', '--out', 'r.html'])
  assert.equal(result.code, 2)
  assert.match(result.stderr, /^pitch-coach: report: no input/)
})

test('report: an --out that cannot be written is one line and exit 2', () => {
  const root = folder({'a.md': goodPitch})
  const result = run(['report', 'a.md', '--out', 'no/such/folder/r.html'], {cwd: root})
  assert.equal(result.code, 2)
  assert.deepEqual(errorLines(result), ['pitch-coach: report: cannot write no/such/folder/r.html (ENOENT)'])
})

test('report shows a progress bar on a terminal', {skip: !existsSync('/usr/bin/script') && 'needs util-linux script(1) for a pseudo-terminal'}, () => {
  const root = folder({'a.md': goodPitch, 'b.md': goodPitch, 'c.md': goodPitch})
  const bin = path.join(packageRoot, 'bin/pitch-coach.js')
  const result = spawnSync('/usr/bin/script', ['-qec', `${process.execPath} ${bin} report . --out r.html`, '/dev/null'], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: ''}, timeout: 60_000})
  assert.equal(result.status, 0, result.stdout)
  // The bar is redrawn in place (\r, erase line) for each pitch, then cleared.
  assert.match(result.stdout, /\r\u001B\[K[█░]{24} 0\/3 a\.md/)
  assert.match(result.stdout, /\r\u001B\[K[█░]{24} 2\/3 c\.md/)
  assert.match(result.stdout, /Wrote r\.html \(3 pitches, html\)/)
  assert.ok(existsSync(path.join(root, 'r.html')))
})
