import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit'
import {guard} from 'lit/directives/guard.js'
import {live} from 'lit/directives/live.js'
import type {Element, PitchReport, Span} from '@pitch-coach/core'
import {AnalysisClient, type WorkerLike} from './analysis/client.js'
import type {AnalysisOptions} from './analysis/protocol.js'
import {SharedAnalysisWorker, type PortLike} from './analysis/shared.js'
import {DraftStore, hashText, type Draft} from './drafts/drafts.js'
import {renderArc} from './panel/arc.js'
import {renderChecklist} from './panel/checklist.js'
import {clock} from './panel/format.js'
import {renderMeters} from './panel/meters.js'
import {replaceRange} from './surface/fix.js'
import {
  diffText,
  findingAt,
  findingsOf,
  mapFindings,
  mapSentences,
  sentenceAt,
  sentencesOf,
  type Finding,
  type SentenceMark
} from './surface/model.js'
import {MirrorPainter, highlightApiAvailable, type Paint} from './surface/painter.js'
import {highlightStyles, styles} from './pitch-editor.styles.js'
import en from './translations/en.js'
import {translationFor, type Translation} from './translations/index.js'

/** The two ways of looking at the text. */
export type PitchEditorView = 'story' | 'style'

/** How the surface paints: the CSS Custom Highlight API, `<mark>` elements, or whichever the browser supports. */
export type PaintMode = 'auto' | 'highlights' | 'marks'

/** The `detail` of the `pitch-analysis` event: the engine's report for the current text. */
export type PitchAnalysisEvent = CustomEvent<PitchReport>

type CardSource = 'hover' | 'caret' | 'keyboard'

interface Notice {
  kind: 'restored' | 'differs'
  draft: Draft
  /** The text the restore replaced, for "Discard draft". */
  previous: string
}

let instances = 0
let shared: SharedAnalysisWorker | undefined

/** The page's one analysis worker, started on first use. */
function sharedWorker(): SharedAnalysisWorker {
  shared ??= new SharedAnalysisWorker(
    () => new Worker(PitchEditor.workerUrl, {type: 'module', name: 'pitch-coach-analysis'}) as unknown as PortLike
  )
  return shared
}

/**
 * A Markdown editor that coaches a pitch as it is written: the story arc,
 * style findings with one-click fixes, the mentor's questions, speaking time,
 * readability and the Narrative Index.
 *
 * The text lives in a real `<textarea>` (caret, selection, undo, IME,
 * spellcheck and paste stay the platform's); a mirrored layer behind it is
 * painted with the CSS Custom Highlight API. Analysis runs in a Web Worker
 * that is loaded only when first needed.
 *
 * @summary An embeddable editor that coaches a pitch inline.
 *
 * @event input - The text changed (the native event of the inner textarea; `event.target.value` is the text).
 * @event change - The text was committed (the textarea lost focus after a change).
 * @event pitch-analysis - A fresh analysis is painted; `event.detail` is the `PitchReport`.
 *
 * @csspart base - The outer grid of editor and panel.
 * @csspart toolbar - The row of view and navigation buttons.
 * @csspart surface - The scrolling box around the text.
 * @csspart textarea - The textarea holding the Markdown.
 * @csspart mirror - The painted layer behind the textarea.
 * @csspart card - The suggestion card.
 * @csspart panel - The coach's side panel.
 * @csspart arc - The story-arc strip.
 * @csspart checklist - The element checklist.
 * @csspart meter - The speaking-time meter.
 *
 * @cssproperty --pitch-editor-background - Background of the text and cards.
 * @cssproperty --pitch-editor-color - Text colour.
 * @cssproperty --pitch-editor-muted - Secondary text colour.
 * @cssproperty --pitch-editor-border - Border colour.
 * @cssproperty --pitch-editor-accent - Focus ring and link colour.
 * @cssproperty --pitch-editor-panel-background - Background of the panel and notices.
 * @cssproperty --pitch-editor-problem - Colour of problem sentences (story view and arc).
 * @cssproperty --pitch-editor-hero - Colour of hero sentences.
 * @cssproperty --pitch-editor-change - Colour of change sentences.
 * @cssproperty --pitch-editor-outcome - Colour of outcome sentences.
 * @cssproperty --pitch-editor-ask - Colour of ask sentences.
 * @cssproperty --pitch-editor-error - Underline of errors (style view).
 * @cssproperty --pitch-editor-warning - Underline of warnings.
 * @cssproperty --pitch-editor-info - Underline of suggestions.
 * @cssproperty --pitch-editor-active - Background of the finding the card explains.
 * @cssproperty --pitch-editor-radius - Corner radius.
 * @cssproperty --pitch-editor-font-family - Font of the interface.
 * @cssproperty --pitch-editor-text-font-family - Font of the text (the textarea and its painted mirror share it).
 * @cssproperty --pitch-editor-text-font-size - Font size of the text.
 * @cssproperty --pitch-editor-line-height - Line height of the text.
 * @cssproperty --pitch-editor-text-padding - Padding around the text.
 * @cssproperty --pitch-editor-font-size - Base font size.
 * @cssproperty --pitch-editor-min-height - Minimum height of the text.
 * @cssproperty --pitch-editor-max-height - Height after which the text scrolls.
 * @cssproperty --pitch-editor-panel-width - Width of the panel beside the text (wide layouts).
 */
export class PitchEditor extends LitElement {
  static override styles = styles

  /** Makes the element take part in forms (ElementInternals). */
  static formAssociated = true

  static override shadowRootOptions: ShadowRootInit = {...LitElement.shadowRootOptions, delegatesFocus: true}

  /**
   * Where the analysis worker is. By default `pitch-editor.worker.js` beside
   * this module; set it before the first editor analyses when the worker is
   * served elsewhere (it must be same-origin).
   */
  static workerUrl: string | URL = new URL('./pitch-editor.worker.js', import.meta.url)

  /**
   * Gives an editor its connection to the analysis worker. By default every
   * editor on the page gets a channel onto one shared worker; replaceable
   * (tests, custom hosting).
   */
  static createWorker: () => WorkerLike = () => sharedWorker().channel()

  /** How editors created from now on paint. */
  static paintMode: PaintMode = 'auto'

  static override properties = {
    value: {type: String},
    lang: {type: String},
    preset: {type: String, reflect: true},
    placeholder: {type: String},
    label: {type: String},
    readonly: {type: Boolean, reflect: true},
    required: {type: Boolean, reflect: true},
    disabled: {type: Boolean, reflect: true},
    name: {type: String, reflect: true},
    autosave: {type: String, reflect: true},
    view: {type: String, reflect: true},
    panelCollapsed: {type: Boolean, attribute: 'panel-collapsed', reflect: true},
    _report: {state: true, attribute: false},
    _active: {state: true, attribute: false},
    _caret: {state: true, attribute: false},
    _error: {state: true, attribute: false},
    _notice: {state: true, attribute: false},
    _announcement: {state: true, attribute: false},
    _formDisabled: {state: true, attribute: false},
    _hidden: {state: true, attribute: false}
  }

  /** The Markdown text. */
  value = ''
  /**
   * The language of the pitch and of the interface: `en`, `sv` or `fi` (a
   * region such as `sv-FI` is fine). Without it the pitch's language is
   * detected and the interface follows the page's `lang`.
   */
  declare lang: string
  /** The engine's preset: `elevator`, `three-minute`, `five-minute` or `challenge`; the default is the engine's. */
  preset: string | undefined = undefined
  /** Shown while the text is empty; defaults to a hint in the interface's language. */
  placeholder: string | undefined = undefined
  /** Accessible name of the text field; defaults to "Pitch" in the interface's language. */
  label: string | undefined = undefined
  /** The text can be read and analysed but not changed. */
  readonly = false
  /** A form will not submit while the text is empty. */
  required = false
  /** The editor is disabled and its value is not submitted. */
  disabled = false
  /** The form field name the text is submitted under. */
  declare name: string
  /** A storage key: with it, drafts are saved in this browser as you type and restored on reload. */
  autosave: string | undefined = undefined
  /** `story` (sentences coloured by element) or `style` (findings underlined by severity). */
  view: PitchEditorView = 'style'
  /** Hides the side panel. */
  panelCollapsed = false

  private _report: PitchReport | undefined = undefined
  private _active = -1
  private _caret = -1
  private _error: string | undefined = undefined
  private _notice: Notice | undefined = undefined
  private _announcement = ''
  private _formDisabled = false
  /** How many findings of the text on screen are hidden by Ignore. */
  private _hidden = 0

  readonly #prefix = `pitch-editor-${++instances}`
  readonly #internals: ElementInternals | undefined
  #client: AnalysisClient | undefined
  #painter: MirrorPainter | undefined
  #sentences: SentenceMark[] = []
  #findings: Finding[] = []
  /** Keys of the ignored findings (`Finding.key`), oldest first; saved with the draft under `autosave`. */
  #ignored = new Set<string>()
  /** The keys of every finding (ignored or not) of the last report for the exact text on screen. */
  #reportKeys: {text: string; keys: Set<string>} | undefined
  #cardSource: CardSource | undefined
  #typedValue: string | undefined
  #lastRequest: {version: number; text: string} | undefined
  #analysisTimer: ReturnType<typeof setTimeout> | undefined
  #announceTimer: ReturnType<typeof setTimeout> | undefined
  #hoverTimer: ReturnType<typeof setTimeout> | undefined
  #hoverFrame = 0
  #drafts: DraftStore | undefined
  #draftTimer: ReturnType<typeof setTimeout> | undefined
  #base = hashText('')
  #userEdited = false
  #lastEditAt = 0
  #composing = false
  #valueFromPage = false
  #paintedVersion = 0
  #took: number | undefined
  #exactReport: PitchReport | undefined

  constructor() {
    super()
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined
  }

  // ----- public API -------------------------------------------------------

  /** The form this editor belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals?.form ?? null
  }

  /** The validity of the text (`valueMissing` when `required` and empty). */
  get validity(): ValidityState | undefined {
    return this.#internals?.validity
  }

  /** Why the text is invalid, in the interface's language, or `''`. */
  get validationMessage(): string {
    return this.#internals?.validationMessage ?? ''
  }

  /** Whether the editor takes part in form validation. */
  get willValidate(): boolean {
    return this.#internals?.willValidate ?? false
  }

  /** Milliseconds the engine took, in the worker, for the last report painted. */
  get analysisDuration(): number | undefined {
    return this.#took
  }

  /**
   * The last report for the text as it was on screen (the `detail` of the
   * last `pitch-analysis` event), or `undefined` before the first one.
   */
  get report(): PitchReport | undefined {
    return this.#exactReport
  }

  /** Checks validity without showing anything. */
  checkValidity(): boolean {
    return this.#internals?.checkValidity() ?? true
  }

  /** Checks validity and shows the browser's message at the text field. */
  reportValidity(): boolean {
    return this.#internals?.reportValidity() ?? true
  }

  /** Moves focus into the text field. */
  override focus(options?: FocusOptions): void {
    const textarea = this.#textarea
    if (textarea) textarea.focus(options)
    else void this.updateComplete.then(() => this.#textarea?.focus(options))
  }

  /**
   * Analyses the current text now (without waiting for the typing to pause)
   * and resolves with the report once it is painted.
   */
  async analyze(): Promise<PitchReport> {
    await this.updateComplete
    clearTimeout(this.#analysisTimer)
    const version = this.#requestAnalysis()
    const report = await this.#ensureClient().whenAnalyzed(version)
    await this.updateComplete
    return report
  }

  /**
   * Shows the findings hidden with Ignore again. With `autosave`, the saved
   * draft forgets them too.
   */
  restoreIgnored(): void {
    if (this.#ignored.size === 0) return
    this.#forgetIgnored()
    this.#ignoredChanged()
  }

  /**
   * Removes the saved draft of this editor (for example after a successful
   * submit). Findings ignored in this page stay hidden; a later edit saves
   * them with the new draft.
   */
  clearDraft(): void {
    clearTimeout(this.#draftTimer)
    this.#drafts?.clear()
    this._notice = undefined
    // Else the next blur, `pagehide` (a submit navigating away) or removal would save it again.
    this.#userEdited = false
  }

  // ----- lifecycle --------------------------------------------------------

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot()
    if (root instanceof ShadowRoot && 'adoptedStyleSheets' in root) {
      // The ::highlight() rules name this instance's highlights, so they are per instance.
      const sheet = new CSSStyleSheet()
      sheet.replaceSync(highlightStyles(this.#prefix))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    }
    return root
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('pagehide', this.#flushDraft)
    document.addEventListener('visibilitychange', this.#flushDraft)
    if (this.#painter) this.#paint()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('pagehide', this.#flushDraft)
    document.removeEventListener('visibilitychange', this.#flushDraft)
    this.#flushDraft()
    clearTimeout(this.#analysisTimer)
    clearTimeout(this.#announceTimer)
    clearTimeout(this.#hoverTimer)
    this.#client?.dispose()
    this.#client = undefined
    // A new client numbers its requests from 1 again.
    this.#paintedVersion = 0
    this.#lastRequest = undefined
    this.#painter?.dispose()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (typeof this.value !== 'string') this.value = this.value == null ? '' : String(this.value)
    if (changed.has('autosave')) {
      this.#drafts = this.autosave ? new DraftStore(this.autosave) : undefined
    }
    if (changed.has('value') && this.value !== this.#typedValue) {
      // Set by the page, not typed: this text is the base that drafts grow from.
      this.#base = hashText(this.value)
      this.#valueFromPage = true
      // Reports in flight were for the text this one replaces: never paint them.
      this.#paintedVersion = this.#client?.version ?? 0
      this.#userEdited = false
      this.#sentences = []
      this.#findings = []
      this._active = -1
      this.#considerDraft()
    } else if (changed.has('autosave')) {
      this.#considerDraft()
    }
    this.#typedValue = this.value
    if (changed.has('view') && this.view !== 'story' && this.view !== 'style') this.view = 'style'
  }

  protected override firstUpdated(): void {
    const mirror = this.renderRoot.querySelector<HTMLElement>('.mirror')!
    const mode = PitchEditor.paintMode
    const useHighlights = mode === 'highlights' || (mode === 'auto' && highlightApiAvailable())
    this.#painter = new MirrorPainter(mirror, this.#prefix, useHighlights)
    this.#painter.setText(this.value)
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) {
      // Typing already updated the mirror; a value set by the page has not.
      if (this.#painter && (this.#valueFromPage || this.#painter.text !== this.value)) {
        this.#painter.setText(this.value)
        this.#paint()
      }
      this.#valueFromPage = false
      // An empty editor does not load the engine until something is written.
      if (!this.#typedSinceRequest() && (this.value !== '' || this._report)) this.#scheduleAnalysis(0)
    }
    if ((changed.has('lang') || changed.has('preset')) && !changed.has('value')) {
      if (this.value !== '' || this._report) this.#scheduleAnalysis(0)
    }
    if (changed.has('view')) this.#paint()
    if (changed.has('value') || changed.has('required') || changed.has('lang') || changed.has('disabled')) {
      this.#syncForm()
    }
    this.#placeCard()
  }

  /** @internal */
  formResetCallback(): void {
    // A reset discards the edits, so the draft of them goes too (else it
    // would be restored over the reset text at once), and with it the
    // findings ignored in them.
    clearTimeout(this.#draftTimer)
    this.#drafts?.clear()
    this._notice = undefined
    this.#forgetIgnored()
    this.#userEdited = false
    this.value = this.getAttribute('value') ?? ''
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled
  }

  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state
  }

  // ----- rendering --------------------------------------------------------

  get #t(): Translation {
    return (
      translationFor(this.lang) ??
      translationFor(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ??
      translationFor(document.documentElement.lang) ??
      en
    )
  }

  get #textarea(): HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector('textarea') ?? null
  }

  protected override render(): TemplateResult {
    const t = this.#t
    const findings = this.#findings
    const disabled = this.disabled || this._formDisabled
    const showPanel = !this.panelCollapsed
    const active = this._active >= 0 ? findings[this._active] : undefined
    return html`<div class="base ${showPanel ? 'with-panel' : ''}" part="base" lang=${t.$code}>
      <div class="main">
        <div class="toolbar" part="toolbar" role="group" aria-label=${t.toolbar}>
          <button type="button" aria-pressed=${this.view === 'story' ? 'true' : 'false'} @click=${() => this.#setView('story')}>
            ${t.storyView}
          </button>
          <button type="button" aria-pressed=${this.view === 'style' ? 'true' : 'false'} @click=${() => this.#setView('style')}>
            ${t.styleView}
          </button>
          <button type="button" aria-keyshortcuts="Shift+F8" ?disabled=${findings.length === 0}
            @click=${() => this.#step(-1)}>${t.previousFinding}</button>
          <button type="button" aria-keyshortcuts="F8" ?disabled=${findings.length === 0}
            @click=${() => this.#step(1)}>${t.nextFinding}</button>
          <span class="count muted">${this._report ? t.findingsCount(findings.length) : nothing}</span>
          <span class="spacer"></span>
          <button type="button" class="panel-toggle" aria-expanded=${showPanel ? 'true' : 'false'} aria-controls="panel"
            @click=${this.#togglePanel}>${showPanel ? t.hidePanel : t.showPanel}</button>
        </div>
        ${this.#renderNotice(t)}
        <div class="scroller view-${this.view}" part="surface">
          <div class="field">
            <div class="mirror" part="mirror" aria-hidden="true"></div>
            <textarea
              part="textarea"
              id="text"
              .value=${live(this.value)}
              placeholder=${this.placeholder ?? t.placeholder}
              aria-label=${this.label ?? this.getAttribute('aria-label') ?? t.label}
              aria-describedby=${active ? 'card-reason hint' : 'hint'}
              aria-required=${this.required ? 'true' : 'false'}
              ?readonly=${this.readonly}
              ?disabled=${disabled}
              spellcheck="true"
              rows="8"
              @input=${this.#onInput}
              @change=${this.#onChange}
              @keydown=${this.#onKeydown}
              @keyup=${this.#onCaret}
              @click=${this.#onCaret}
              @select=${this.#onCaret}
              @focus=${this.#onCaret}
              @blur=${this.#flushDraft}
              @compositionstart=${() => (this.#composing = true)}
              @compositionend=${this.#onCompositionEnd}
              @scroll=${this.#onTextareaScroll}
              @mousemove=${this.#onPointerMove}
              @mouseleave=${this.#onPointerLeave}
            ></textarea>
            ${active ? this.#renderCard(active, t) : nothing}
          </div>
        </div>
        <p class="status-line" id="hint">${this.#caretText(t)}</p>
      </div>
      ${showPanel ? this.#renderPanel(t) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
    </div>`
  }

  #caretText(t: Translation): string {
    const sentence = this._caret >= 0 ? this.#sentences[this._caret] : undefined
    if (sentence && sentence.roles.length > 0) {
      return t.caretSentence(sentence.roles.map((role) => t.elements[role]).join(', '))
    }
    return t.keyboardHint
  }

  #renderNotice(t: Translation): TemplateResult | typeof nothing {
    const notice = this._notice
    if (!notice) return nothing
    const time = new Date(notice.draft.savedAt).toLocaleString(t.$code, {dateStyle: 'short', timeStyle: 'short'})
    return html`<p class="notice" role="status">
      <span>${notice.kind === 'restored' ? t.draftRestored(time) : t.draftDiffers(time)}</span>
      ${notice.kind === 'restored'
        ? html`<button type="button" @click=${this.#discardRestoredDraft}>${t.discardDraft}</button>`
        : html`<button type="button" @click=${this.#restoreOfferedDraft}>${t.restoreDraft}</button>`}
      <button type="button" @click=${() => (this._notice = undefined)}>${t.dismiss}</button>
    </p>`
  }

  #renderCard(finding: Finding, t: Translation): TemplateResult {
    const editable = !this.readonly && !this.disabled && !this._formDisabled
    return html`<section class="card severity-${finding.severity}" part="card" aria-labelledby="card-title"
      @keydown=${this.#onCardKeydown} @mouseenter=${() => clearTimeout(this.#hoverTimer)}
      @mouseleave=${this.#onPointerLeave}>
      <h3 id="card-title">${t.severity[finding.severity]} · ${finding.ruleId}</h3>
      <p class="reason" id="card-reason">${finding.reason}</p>
      ${finding.note ? html`<p class="note">${finding.note}</p>` : nothing}
      ${editable && finding.expected.length > 0
        ? html`<div class="actions fixes">
            ${finding.expected.map(
              (replacement) => html`<button type="button" class="fix" @click=${() => this.#applyFix(finding, replacement)}>
                ${replacement === '' ? t.remove : t.replaceWith(replacement)}
              </button>`
            )}
          </div>`
        : nothing}
      ${finding.url
        ? html`<p class="link"><a href=${finding.url} target="_blank" rel="noopener noreferrer">${t.learnMore}</a></p>`
        : nothing}
      <div class="actions">
        <button type="button" class="ignore" @click=${() => this.#ignore(finding)}>${t.ignore}</button>
        <button type="button" class="close" @click=${() => this.#closeCard(true)}>${t.close}</button>
      </div>
    </section>`
  }

  #renderPanel(t: Translation): TemplateResult {
    const report = this._report
    return html`<aside class="panel" id="panel" part="panel" aria-labelledby="panel-title">
      <h2 id="panel-title">${t.panelTitle}</h2>
      ${this._error ? html`<p class="error" role="alert">${t.analysisFailed(this._error)}</p>` : nothing}
      ${report
        ? // Rendered again only when a report or the language changes, never per
          // keystroke: a long pitch has hundreds of arc steps.
          html`${guard([report, t], () => renderArc({report, t, jump: (index) => this.#jumpToSentence(index)}))}
          ${guard([report, t], () => renderChecklist({report, t, show: (element) => this.#showElement(element), showQuote: (quoted) => this.#showQuote(quoted)}))}
          ${guard([report, t], () => renderMeters(report, t))}
          ${this._hidden > 0
            ? html`<p class="ignored"><button type="button" class="link-button restore-ignored"
                @click=${this.#onRestoreIgnored}>${t.showIgnored(this._hidden)}</button></p>`
            : nothing}`
        : html`<p class="muted">${this.value.trim() === '' ? t.empty : t.analysing}</p>`}
    </aside>`
  }

  // ----- typing and analysis ----------------------------------------------

  #onInput = (event: Event): void => {
    const textarea = event.target as HTMLTextAreaElement
    const next = textarea.value
    const change = diffText(this.value, next)
    let repaint = true
    if (change) {
      const active = this._active >= 0 ? this.#findings[this._active] : undefined
      const before = this.#findings.length
      this.#sentences = mapSentences(this.#sentences, change)
      this.#findings = mapFindings(this.#findings, change)
      this._active = active ? this.#findings.findIndex((finding) => finding.key === active.key) : -1
      if (this._active === -1) this.#cardSource = undefined
      // Painted ranges follow the edit by themselves unless a finding was
      // dropped or the edit rebuilt lines of the mirror.
      const moved = this.#painter?.edit(change.from, change.to, change.insert, next) ?? false
      repaint = !moved || this.#findings.length !== before || (active !== undefined && this._active === -1)
    } else {
      this.#painter?.setText(next)
    }
    this.#typedValue = next
    this.value = next
    this.#userEdited = true
    this.#lastEditAt = Date.now()
    this.#syncForm()
    // Paint now, in the same frame as the keystroke, with the mapped ranges.
    this.#syncScroll()
    if (repaint) this.#paint()
    if (!(event as InputEvent).isComposing && !this.#composing) this.#scheduleAnalysis(0)
    this.#scheduleDraftSave()
  }

  #onTextareaScroll = (): void => {
    this.#syncScroll()
    if (this.#painter?.scrolledOutOfWindow()) this.#paint()
    if (this._active >= 0) this.#placeCard()
  }

  /**
   * The textarea scrolls (up to `--pitch-editor-max-height` it grows); the
   * mirror follows it. Scrolling the textarea rather than a box around it
   * keeps each keystroke's repaint to the visible lines.
   */
  #syncScroll(): void {
    const textarea = this.#textarea
    const mirror = this.renderRoot.querySelector<HTMLElement>('.mirror')
    if (textarea && mirror && mirror.scrollTop !== textarea.scrollTop) mirror.scrollTop = textarea.scrollTop
  }

  #onCompositionEnd = (): void => {
    this.#composing = false
    this.#scheduleAnalysis(0)
  }

  #onChange = (): void => {
    // The textarea's `change` does not cross the shadow boundary; re-fire it from the host.
    this.dispatchEvent(new Event('change', {bubbles: true}))
  }

  #typedSinceRequest(): boolean {
    return this.#lastRequest?.text === this.value
  }

  #scheduleAnalysis(delay: number): void {
    if (!this.isConnected) return
    clearTimeout(this.#analysisTimer)
    // Coalesce the events of one gesture (a paste, an IME commit); the client
    // coalesces further while the worker is busy, so only the newest text waits.
    this.#analysisTimer = setTimeout(() => this.#requestAnalysis(), delay)
  }

  #analysisOptions(): AnalysisOptions {
    const t = this.#t
    const options: AnalysisOptions = {
      language: translationFor(this.lang)?.$code ?? 'auto',
      messageLanguage: t.$code
    }
    if (this.preset) options.preset = this.preset
    return options
  }

  #ensureClient(): AnalysisClient {
    this.#client ??= new AnalysisClient(() => PitchEditor.createWorker(), {
      report: (report, version, took, text) => {
        this.#took = took
        this.#applyReport(report, version, text)
      },
      stale: (report, version, took, text) => {
        this.#took = took
        this.#applyReport(report, version, text)
      },
      error: (message) => {
        // A worker that never answered was most likely not found: say where it was looked for.
        const hint = this.#client?.answered
          ? ''
          : ` (no worker answered from ${String(PitchEditor.workerUrl)}; serve pitch-editor.worker.js beside pitch-editor.js, or set PitchEditor.workerUrl)`
        this.#onAnalysisError(message + hint)
      }
    })
    return this.#client
  }

  #requestAnalysis(): number {
    const text = this.value
    const version = this.#ensureClient().request(text, this.#analysisOptions())
    this.#lastRequest = {version, text}
    return version
  }

  /**
   * Paints a report. A report for the text on screen is applied as it is and
   * announced (`pitch-analysis`). A report for older text (the writer typed on
   * while the worker read) is never painted at its old offsets: its ranges are
   * mapped through the edits since, the way typing maps what is painted, and
   * no event is fired for it. A report older than the one painted is dropped.
   */
  #applyReport(report: PitchReport, version: number, text: string): void {
    if (version <= this.#paintedVersion) return
    this.#paintedVersion = version
    const exact = text === this.value
    this._error = undefined
    this._report = report
    const activeKey = this._active >= 0 ? this.#findings[this._active]?.key : undefined
    let sentences = sentencesOf(report)
    const all = findingsOf(report, text)
    let findings = all.filter((finding) => !this.#ignored.has(finding.key))
    if (exact) this.#reportKeys = {text, keys: new Set(all.map((finding) => finding.key))}
    const change = exact ? undefined : diffText(text, this.value)
    if (change) {
      sentences = mapSentences(sentences, change)
      findings = mapFindings(findings, change)
    }
    this.#sentences = sentences
    this.#findings = findings
    this._hidden = all.length - findings.length
    this._active = activeKey ? this.#findings.findIndex((finding) => finding.key === activeKey) : -1
    if (this._active === -1) this.#cardSource = undefined
    this.#updateCaret()
    this.#paint()
    this.requestUpdate()
    if (!exact) return
    this.#exactReport = report
    this.#scheduleAnnouncement()
    this.dispatchEvent(new CustomEvent('pitch-analysis', {detail: report, bubbles: true, composed: true}))
  }

  #onAnalysisError(message: string): void {
    this._error = message
    console.warn(`<pitch-editor>: ${message}`)
  }

  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer)
    this.#announceTimer = setTimeout(() => {
      const report = this._report
      if (!report) return
      const t = this.#t
      const present = Object.values(report.structure).filter((entry) => entry.status === 'present').length
      const limit = report.speakingTime.limitSeconds
      this._announcement = t.summary(
        present,
        Object.keys(report.structure).length,
        this.#findings.length,
        clock(report.speakingTime.seconds),
        limit ? clock(limit) : null
      )
    }, 1500)
  }

  // ----- painting ----------------------------------------------------------

  #paint(): void {
    const painter = this.#painter
    if (!painter) return
    const paints: Paint[] = []
    if (this.view === 'story') {
      for (const sentence of this.#sentences) {
        const role = sentence.roles[0]
        if (role) paints.push({start: sentence.start, end: sentence.end, kind: role})
      }
    } else {
      for (const finding of this.#findings) paints.push({start: finding.start, end: finding.end, kind: finding.severity})
    }
    const active = this._active >= 0 ? this.#findings[this._active] : undefined
    if (active) paints.push({start: active.start, end: active.end, kind: 'active'})
    painter.paint(paints)
  }

  #placeCard(): void {
    const card = this.renderRoot.querySelector<HTMLElement>('.card')
    const field = this.renderRoot.querySelector<HTMLElement>('.field')
    const finding = this._active >= 0 ? this.#findings[this._active] : undefined
    if (!card || !field || !finding || !this.#painter) return
    const rects = this.#painter.range(finding.start, finding.end)?.getClientRects()
    const rect = rects && rects.length > 0 ? rects[rects.length - 1] : undefined
    const box = field.getBoundingClientRect()
    // Below the finding, kept within the text box when the finding scrolled away.
    const top = rect ? Math.max(0, Math.min(rect.bottom - box.top + 6, box.height - 8)) : 0
    const left = rect ? Math.max(0, Math.min(rect.left - box.left, box.width - card.offsetWidth - 4)) : 0
    // CSSOM writes are allowed under a strict CSP (unlike style attributes in markup).
    card.style.top = `${top}px`
    card.style.left = `${left}px`
  }

  // ----- caret, hover, keyboard ---------------------------------------------

  #onCaret = (): void => {
    this.#updateCaret()
    const textarea = this.#textarea
    if (!textarea || textarea.selectionStart !== textarea.selectionEnd) return
    const index = findingAt(this.#findings, textarea.selectionStart)
    if (index >= 0 && this.view === 'style') {
      this.#openCard(index, 'caret')
    } else if (this.#cardSource === 'caret' || this.#cardSource === 'keyboard') {
      this.#closeCard(false)
    }
  }

  #updateCaret(): void {
    const textarea = this.#textarea
    this._caret = textarea ? sentenceAt(this.#sentences, textarea.selectionStart) : -1
  }

  #onPointerMove = (event: MouseEvent): void => {
    if (this.view !== 'style' || this.#hoverFrame) return
    const {clientX: x, clientY: y} = event
    this.#hoverFrame = requestAnimationFrame(() => {
      this.#hoverFrame = 0
      const index = this.#findingAtPoint(x, y)
      if (index >= 0) {
        clearTimeout(this.#hoverTimer)
        if (index !== this._active) this.#openCard(index, 'hover')
      } else if (this.#cardSource === 'hover') {
        this.#onPointerLeave()
      }
    })
  }

  #onPointerLeave = (): void => {
    if (this.#cardSource !== 'hover') return
    clearTimeout(this.#hoverTimer)
    this.#hoverTimer = setTimeout(() => {
      const card = this.renderRoot.querySelector('.card')
      if (this.#cardSource === 'hover' && !card?.matches(':hover') && !card?.matches(':focus-within')) {
        this.#closeCard(false)
      }
    }, 400)
  }

  #findingAtPoint(x: number, y: number): number {
    const painter = this.#painter
    if (!painter) return -1
    // Only findings near the screen can be under the pointer.
    const [from, to] = painter.window
    for (let index = 0; index < this.#findings.length; index++) {
      const finding = this.#findings[index]!
      if (finding.end < from || finding.start > to) continue
      const rects = painter.range(finding.start, finding.end)?.getClientRects() ?? []
      for (const rect of rects) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return index
      }
    }
    return -1
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'F8') {
      event.preventDefault()
      this.#step(event.shiftKey ? -1 : 1)
    } else if (event.key === 'Escape' && this._active >= 0) {
      event.preventDefault()
      this.#closeCard(false)
    }
  }

  #onCardKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      this.#closeCard(true)
    } else if (event.key === 'F8') {
      event.preventDefault()
      this.#step(event.shiftKey ? -1 : 1)
    }
  }

  #step(direction: 1 | -1): void {
    const findings = this.#findings
    if (findings.length === 0) return
    const textarea = this.#textarea
    const from = this._active >= 0 ? findings[this._active]!.start : (textarea?.selectionStart ?? 0)
    let index: number
    if (direction === 1) {
      index = findings.findIndex((finding) =>
        this._active >= 0 ? finding.start > from : finding.start >= from
      )
      if (index === -1) index = 0
    } else {
      index = -1
      for (let i = findings.length - 1; i >= 0; i--) {
        if (findings[i]!.start < from) {
          index = i
          break
        }
      }
      if (index === -1) index = findings.length - 1
    }
    const finding = findings[index]!
    if (textarea) {
      textarea.focus()
      textarea.setSelectionRange(finding.start, finding.end)
    }
    this.#openCard(index, 'keyboard')
    this.#updateCaret()
    this._announcement = this.#t.findingPosition(index + 1, findings.length, finding.reason)
    this.#scrollToOffset(finding.start, finding.end)
  }

  #openCard(index: number, source: CardSource): void {
    this._active = index
    this.#cardSource = source
    this.#paint()
  }

  #closeCard(returnFocus: boolean): void {
    this._active = -1
    this.#cardSource = undefined
    clearTimeout(this.#hoverTimer)
    this.#paint()
    if (returnFocus) this.#textarea?.focus()
  }

  #setView(view: PitchEditorView): void {
    this.view = view
    if (view === 'story') this.#closeCard(false)
  }

  #togglePanel = (): void => {
    this.panelCollapsed = !this.panelCollapsed
  }

  // ----- fixes -------------------------------------------------------------

  #applyFix(finding: Finding, replacement: string): void {
    const textarea = this.#textarea
    if (!textarea || this.readonly || this.disabled || this._formDisabled) return
    const {start, end} = finding
    // The card only ever shows findings mapped through every edit; still, never
    // replace words that are no longer the ones the finding was about.
    if (finding.actual !== undefined && textarea.value.slice(start, end) !== finding.actual) {
      this.#closeCard(true)
      this.#scheduleAnalysis(0)
      return
    }
    this.#closeCard(false)
    replaceRange(textarea, start, end, replacement)
  }

  #ignore(finding: Finding): void {
    this.#ignored.add(finding.key)
    this.#hideIgnored()
    this.#closeCard(true)
    this.#ignoredChanged()
  }

  /** Takes the ignored findings out of those on screen; whether any went. */
  #hideIgnored(): boolean {
    const before = this.#findings.length
    this.#findings = this.#findings.filter((finding) => !this.#ignored.has(finding.key))
    this._hidden += before - this.#findings.length
    return this.#findings.length !== before
  }

  #onRestoreIgnored = (): void => {
    const count = this._hidden
    this.restoreIgnored()
    // The button goes away: focus returns to the text, and the change is announced.
    this.#textarea?.focus()
    this._announcement = this.#t.ignoredShown(count)
  }

  /** Adds the ignored keys of a restored draft. */
  #adoptIgnored(keys: readonly string[] | undefined): void {
    if (!keys || keys.length === 0) return
    for (const key of keys) this.#ignored.add(key)
    if (this.#hideIgnored()) {
      this._active = -1
      this.#paint()
    }
  }

  /** Forgets every ignored finding and shows them again. */
  #forgetIgnored(): void {
    if (this.#ignored.size === 0) return
    this.#ignored.clear()
    this._hidden = 0
    const report = this.#exactReport
    if (report && this.#reportKeys?.text === this.value) {
      // The last report is for this very text: show its findings at once.
      const activeKey = this._active >= 0 ? this.#findings[this._active]?.key : undefined
      this.#findings = findingsOf(report, this.value)
      this._active = activeKey ? this.#findings.findIndex((finding) => finding.key === activeKey) : -1
      this.#paint()
      this.requestUpdate()
    } else if (this.value !== '' || this._report) {
      this.#scheduleAnalysis(0)
    }
  }

  /**
   * The ignored findings changed: with `autosave`, that is saved like an edit.
   * Not while a different draft is offered and neither taken nor dismissed,
   * which saving would overwrite.
   */
  #ignoredChanged(): void {
    if (!this.#drafts || this._notice?.kind === 'differs') return
    this.#userEdited = true
    this.#lastEditAt = Date.now()
    this.#scheduleDraftSave()
  }

  // ----- jumping ------------------------------------------------------------

  #jumpToSentence(index: number): void {
    const sentence = this.#sentences[index]
    if (sentence) this.#select(sentence.start, sentence.end)
  }

  #showElement(element: Element): void {
    const evidence = this._report?.structure[element].evidence[0]
    if (evidence) this.#select(evidence.position.start.offset, evidence.position.end.offset)
  }

  /** Select the words a mentor's question quotes, if the text still holds them there. */
  #showQuote(quoted: Span): void {
    const {start, end} = quoted.position
    if (this.value.slice(start.offset, end.offset) === quoted.text) this.#select(start.offset, end.offset)
  }

  #select(start: number, end: number): void {
    const textarea = this.#textarea
    if (!textarea) return
    textarea.focus({preventScroll: true})
    textarea.setSelectionRange(start, end)
    this.#updateCaret()
    this.#scrollToOffset(start, end)
  }

  #scrollToOffset(start: number, end: number): void {
    const textarea = this.#textarea
    this.#syncScroll()
    const rect = this.#painter?.range(start, end)?.getBoundingClientRect()
    if (!textarea || !rect) return
    const box = textarea.getBoundingClientRect()
    if (rect.top < box.top || rect.bottom > box.bottom) {
      textarea.scrollTop += rect.top - box.top - box.height / 3
      this.#syncScroll()
    }
    // Bring the text box itself into view on the page, without jumping.
    const field = this.renderRoot.querySelector('.field')
    const fieldBox = field?.getBoundingClientRect()
    if (fieldBox && (fieldBox.bottom < 0 || fieldBox.top > window.innerHeight)) field!.scrollIntoView({block: 'nearest'})
  }

  // ----- forms --------------------------------------------------------------

  #syncForm(): void {
    const internals = this.#internals
    if (!internals) return
    internals.setFormValue(this.disabled ? null : this.value, this.value)
    if (this.required && this.value.trim() === '') {
      internals.setValidity({valueMissing: true}, this.#t.required, this.#textarea ?? undefined)
    } else {
      internals.setValidity({})
    }
  }

  // ----- drafts ---------------------------------------------------------------

  #considerDraft(): void {
    const draft = this.#drafts?.read()
    if (!draft) return
    if (draft.text === this.value) {
      // Nothing to restore but the findings ignored in this text.
      this.#adoptIgnored(draft.ignored)
      return
    }
    if (this.value === '' || draft.base === this.#base) {
      // The draft grew from exactly this text (or there is none): it is newer.
      const previous = this.value
      this.value = draft.text
      this.#typedValue = draft.text
      this.#userEdited = true
      this._notice = {kind: 'restored', draft, previous}
      this.#adoptIgnored(draft.ignored)
    } else if (hashText(draft.text) === draft.base) {
      // Nothing was typed in that draft (it holds only ignored findings):
      // there is no text to offer, and the page's newer text stays. Its
      // ignored findings are about words, not places, so they still apply.
      this.#adoptIgnored(draft.ignored)
    } else {
      // The page brought a different text: that one is newer; only offer the draft.
      this._notice = {kind: 'differs', draft, previous: this.value}
    }
  }

  #discardRestoredDraft = (): void => {
    const notice = this._notice
    if (!notice) return
    this._notice = undefined
    this.#drafts?.clear()
    // The findings ignored in the draft go with it.
    this.#forgetIgnored()
    const textarea = this.#textarea
    if (textarea) replaceRange(textarea, 0, textarea.value.length, notice.previous)
    this.#userEdited = false
  }

  #restoreOfferedDraft = (): void => {
    const notice = this._notice
    if (!notice) return
    this._notice = undefined
    this.#adoptIgnored(notice.draft.ignored)
    const textarea = this.#textarea
    // Through the textarea, so restoring is one undo step.
    if (textarea) replaceRange(textarea, 0, textarea.value.length, notice.draft.text)
  }

  #scheduleDraftSave(): void {
    if (!this.#drafts) return
    clearTimeout(this.#draftTimer)
    this.#draftTimer = setTimeout(this.#flushDraft, 300)
  }

  #flushDraft = (): void => {
    clearTimeout(this.#draftTimer)
    if (!this.#drafts || !this.#userEdited) return
    this.#drafts.write(this.value, this.#base, this.#lastEditAt, this.#ignoredToSave())
  }

  /**
   * The ignored keys to save: when the last report is for the text being
   * saved, only those that still match one of its findings (the others stay
   * ignored for this page, but are not stored); otherwise all of them.
   */
  #ignoredToSave(): string[] {
    const present = this.#reportKeys?.text === this.value ? this.#reportKeys.keys : undefined
    const keys = [...this.#ignored]
    return present ? keys.filter((key) => present.has(key)) : keys
  }
}
