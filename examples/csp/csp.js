// Counts Content-Security-Policy violations on this page (there should be none).
const output = document.querySelector('#violations')
const violations = []
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`)
  output.textContent = `${violations.length}: ${violations.join('; ')}`
})
window.cspViolations = violations
