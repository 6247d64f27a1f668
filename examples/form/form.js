// The form example's script: after a successful submission a page would
// clear the draft; here the demo server echoes what the form posted.
const form = document.querySelector('form')
const editor = document.querySelector('#pitch')
form.addEventListener('submit', () => {
  // The browser only fires `submit` once validation passed.
  editor.clearDraft()
})
