/**
 * The pitch-coach preset as a default export, so that remark-cli and
 * unified-engine can load it by name:
 * `.remarkrc.json`: `{"plugins": ["@pitch-coach/core/remark-preset"]}`.
 *
 * @module
 */
import {remarkPresetPitchCoach} from './unified.js'

export default remarkPresetPitchCoach
