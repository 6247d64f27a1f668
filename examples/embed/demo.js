// The demo page's own script: fills the editor with an example pitch and
// shows how a page listens to the editor. It is the page that fetches the
// example; the editor itself makes no requests.
const editor = document.querySelector('#editor')
const figures = document.querySelector('#figures')

async function load(file, lang) {
  const response = await fetch(new URL(`../pitches/${file}`, import.meta.url))
  if (!response.ok) throw new Error(`Could not load ${file}: ${response.status}`)
  editor.lang = lang
  // A saved draft that grew from this same text is restored over it; a
  // draft of some other text is only offered (see docs/editor.md).
  editor.value = await response.text()
}

editor.addEventListener('pitch-analysis', (event) => {
  const report = event.detail
  const present = Object.values(report.structure).filter((entry) => entry.status === 'present').length
  figures.textContent = `${report.stats.words} words, ${present}/5 elements present, ${report.messages.length} findings, ${report.speakingTime.seconds} s`
})

for (const button of document.querySelectorAll('[data-pitch]')) {
  button.addEventListener('click', () => load(button.dataset.pitch, button.dataset.lang).catch(console.error))
}

await customElements.whenDefined('pitch-editor')
if (editor.value === '') await load('strong.md', 'en')
