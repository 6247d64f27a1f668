/**
 * Styles of `<pitch-editor>`. Theming goes through CSS custom properties and
 * `::part()`; nothing here leaks out of the shadow root. The per-instance
 * `::highlight()` rules are built by {@link highlightStyles}.
 *
 * @module
 */
import {css} from 'lit'

export const styles = css`
  :host {
    --_bg: var(--pitch-editor-background, #ffffff);
    --_fg: var(--pitch-editor-color, #1b1f24);
    --_muted: var(--pitch-editor-muted, #57606a);
    --_border: var(--pitch-editor-border, #8c959f);
    --_accent: var(--pitch-editor-accent, #0a58ca);
    --_surface: var(--pitch-editor-panel-background, #f6f8fa);
    --_problem: var(--pitch-editor-problem, #ffd8d3);
    --_hero: var(--pitch-editor-hero, #d3e8ff);
    --_change: var(--pitch-editor-change, #fff0b3);
    --_outcome: var(--pitch-editor-outcome, #d2f4d8);
    --_ask: var(--pitch-editor-ask, #ead9ff);
    --_error: var(--pitch-editor-error, #c4171d);
    --_warning: var(--pitch-editor-warning, #9a6700);
    --_info: var(--pitch-editor-info, #0a58ca);
    --_active: var(--pitch-editor-active, #ffe08a);
    --_radius: var(--pitch-editor-radius, 0.5rem);
    display: block;
    container-type: inline-size;
    color-scheme: light dark;
    color: var(--_fg);
    /* The element paints its own background, so its text keeps its contrast
       on any page, light or dark. */
    background: var(--_bg);
    font-family: var(--pitch-editor-font-family, system-ui, sans-serif);
    font-size: var(--pitch-editor-font-size, 1rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--pitch-editor-background, #0d1117);
      --_fg: var(--pitch-editor-color, #e6edf3);
      --_muted: var(--pitch-editor-muted, #9ea7b3);
      --_border: var(--pitch-editor-border, #6e7681);
      --_accent: var(--pitch-editor-accent, #79b8ff);
      --_surface: var(--pitch-editor-panel-background, #161b22);
      --_problem: var(--pitch-editor-problem, #5c1f1b);
      --_hero: var(--pitch-editor-hero, #123a66);
      --_change: var(--pitch-editor-change, #4d3d00);
      --_outcome: var(--pitch-editor-outcome, #17452a);
      --_ask: var(--pitch-editor-ask, #3d2466);
      --_error: var(--pitch-editor-error, #ff7b72);
      --_warning: var(--pitch-editor-warning, #e3b341);
      --_info: var(--pitch-editor-info, #79b8ff);
      --_active: var(--pitch-editor-active, #6b5200);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 44rem) {
    .base.with-panel {
      grid-template-columns: minmax(0, 1fr) var(--pitch-editor-panel-width, 18rem);
    }
  }
  .main {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    /* Beside a taller panel, keep the rows their own height. */
    align-content: start;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .toolbar .spacer {
    flex: 1;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: 2rem;
    min-width: 1.5rem;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .scroller {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .scroller:focus-within {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .field {
    position: relative;
    display: grid;
  }
  /* The textarea and the mirror must lay text out identically, or the paint
     drifts off the words: their typography is fixed here (!important beats
     ::part() rules from the page) and themed only through custom properties. */
  .field > textarea,
  .field > .mirror {
    grid-area: 1 / 1;
    margin: 0 !important;
    border: 0 !important;
    padding: var(--pitch-editor-text-padding, 0.75rem 0.9rem) !important;
    font-family: var(--pitch-editor-text-font-family, inherit) !important;
    font-size: var(--pitch-editor-text-font-size, inherit) !important;
    font-weight: normal !important;
    font-style: normal !important;
    line-height: var(--pitch-editor-line-height, 1.6) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: pre-wrap !important;
    overflow-wrap: break-word !important;
    word-break: normal !important;
    tab-size: 4 !important;
    /* Both scroll (the textarea for real, the mirror in step with it) and keep
       the scrollbar's gutter, so their text is exactly as wide either way. */
    scrollbar-gutter: stable !important;
    min-height: var(--pitch-editor-min-height, 12rem);
    max-height: var(--pitch-editor-max-height, 36rem);
  }
  .mirror .line {
    /* An empty line keeps its height, as in the textarea. */
    min-height: 1lh;
  }
  .mirror {
    /* Lines measure their offsetTop from here (for painting what is on screen). */
    position: relative;
    overflow: hidden;
    color: transparent;
    pointer-events: none;
    user-select: none;
  }
  textarea {
    resize: none;
    overflow-x: hidden;
    overflow-y: auto;
    background: transparent;
    color: var(--_fg);
    caret-color: var(--_fg);
    outline: none;
  }
  /* The box around the text shows focus (:focus-within); one ring is enough. */
  textarea:focus-visible {
    outline: none;
  }
  textarea::placeholder {
    color: var(--_muted);
  }
  /* The fallback painter's marks (browsers without the Highlight API). */
  .mirror mark {
    color: transparent;
    background: none;
  }
  .mirror mark.paint-problem { background: var(--_problem); }
  .mirror mark.paint-hero { background: var(--_hero); }
  .mirror mark.paint-change { background: var(--_change); }
  .mirror mark.paint-outcome { background: var(--_outcome); }
  .mirror mark.paint-ask { background: var(--_ask); }
  .mirror mark.paint-error { text-decoration: underline wavy var(--_error); }
  .mirror mark.paint-warning { text-decoration: underline dashed var(--_warning); }
  .mirror mark.paint-info { text-decoration: underline dotted var(--_info); }
  .mirror mark.paint-active,
  .mirror mark.paint-focus { background: var(--_active); }
  .status-line {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    min-height: 1.4em;
  }
  .card {
    position: absolute;
    z-index: 2;
    width: min(24rem, calc(100% - 1rem));
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.2);
    font-size: 0.9375em;
  }
  .card h3 {
    margin: 0 0 0.25rem;
    font-size: 0.8125em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .card .reason {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .card .link {
    margin: 0.5rem 0 0;
  }
  .card .note {
    margin: 0 0 0.5rem;
  }
  .card .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-top: 0.5rem;
  }
  .card .fix {
    border-color: var(--_accent);
  }
  a {
    color: var(--_accent);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel {
    /* The panel's layout and paint never depend on the text box: a keystroke
       must not re-lay out or repaint hundreds of arc steps. */
    contain: content;
    min-width: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel h2 {
    margin: 0 0 0.5rem;
    font-size: 1.0625em;
  }
  .panel h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.9375em;
  }
  .panel p {
    margin: 0.25rem 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .arc {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .arc-step {
    min-width: 1.5rem;
    min-height: 1.5rem;
    padding: 0 0.2rem;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1;
    border-color: transparent;
  }
  .role-none { background: var(--_bg); border: 1px dashed var(--_border); }
  .role-problem { background: var(--_problem); }
  .role-hero { background: var(--_hero); }
  .role-change { background: var(--_change); }
  .role-outcome { background: var(--_outcome); }
  .role-ask { background: var(--_ask); }
  .checklist,
  .figures {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .checklist > li {
    padding: 0.25rem 0;
    background: none;
  }
  .check-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
  }
  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 2px;
  }
  .symbol {
    width: 1em;
    text-align: center;
  }
  .element-name {
    font-weight: 600;
  }
  .status-missing .status {
    color: var(--_error);
  }
  .status-weak .status {
    color: var(--_warning);
  }
  .link-button {
    min-height: 1.5rem;
    padding: 0 0.4rem;
    font-size: 0.8125em;
  }
  .questions {
    margin: 0.25rem 0 0.25rem 1.75rem;
    padding: 0 0 0 1rem;
    font-size: 0.875em;
  }
  .figure.over {
    color: var(--_error);
  }
  meter {
    width: 100%;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`

/**
 * The `::highlight()` rules for one editor instance, whose highlight names
 * start with `prefix`. They live in the shadow root, where the mirror is.
 */
export function highlightStyles(prefix: string): string {
  const name = (kind: string) => `::highlight(${prefix}-${kind})`
  return `
  ${name('problem')} { background-color: var(--_problem); }
  ${name('hero')} { background-color: var(--_hero); }
  ${name('change')} { background-color: var(--_change); }
  ${name('outcome')} { background-color: var(--_outcome); }
  ${name('ask')} { background-color: var(--_ask); }
  ${name('error')} { text-decoration: underline wavy var(--_error); text-decoration-thickness: 2px; }
  ${name('warning')} { text-decoration: underline dashed var(--_warning); text-decoration-thickness: 2px; }
  ${name('info')} { text-decoration: underline dotted var(--_info); text-decoration-thickness: 2px; }
  ${name('focus')} { background-color: var(--_active); }
  ${name('active')} { background-color: var(--_active); }
  `
}
