/**
 * Defines `<pitch-editor>`. Importing this module (or loading the bundle
 * `pitch-editor.js`) registers the element once.
 *
 * @module
 */
import {PitchEditor} from './pitch-editor.component.js'

export {PitchEditor} from './pitch-editor.component.js'

if (!customElements.get('pitch-editor')) customElements.define('pitch-editor', PitchEditor)

declare global {
  interface HTMLElementTagNameMap {
    'pitch-editor': PitchEditor
  }
  interface HTMLElementEventMap {
    'pitch-analysis': CustomEvent<import('@pitch-coach/core').PitchReport>
  }
}
