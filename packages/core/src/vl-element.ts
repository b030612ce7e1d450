/**
 * The thin base every vl-* element extends: the shared attributes of api.md (lang,
 * content-src, heading, heading-level), the element's locale around rendering, the
 * content pack laid over the national content, and warnings naming the element.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  checkPackSections,
  localize,
  resolveSections,
  withTexts,
  type LocalizedText,
  type NationalSections,
  type PackSection,
  type ResolvedContent,
} from '@voix-logement/content';
import {
  builtInLocales,
  nearestLang,
  normalizeLocale,
  rightToLeftLocales,
  sourceLocale,
  targetLocales,
  withLocale,
} from './locale.js';
import { hasLocaleFile, isLocaleLoaded, loadLocaleFile, localeExtras } from './locale-files.js';
import { referenceLine } from './reference-line.js';
import { loadContent, type PackChecker } from './pack-loader.js';
import { baseStyles } from './styles.js';
import { warnOnce, type WarningCode } from './warn.js';
import { yieldToMain } from './yield.js';
import { libraryVersion } from './version.js';

/** Where the content shown comes from: the national pack, or a territory pack laid over it. */
export type ContentStatus = 'national' | 'loading' | 'territory' | 'failed';

/**
 * @attr lang - `fr`, `en`, `ar` (right to left) or `uk`: the language of this widget.
 *   Default: the nearest ancestor's `lang`, else French.
 * @label lang Langue du widget
 * @help lang fr (français), en (anglais), ar (arabe) ou uk (ukrainien). Vide : la langue de votre page, sinon le
 *   français.
 * @choices lang languages
 * @csspart reference - In a language translated from French (ar, uk): the line saying the French text is the reference.
 * @csspart reference-toggle - Its button, showing the widget in French and back.
 */
export class VlElement extends LitElement {
  /** The release of this class (see define.ts: files of one release share tags silently). */
  static readonly libraryVersion = libraryVersion;

  static override styles = [baseStyles];

  // Reactive properties are declared here rather than with decorators: the decorator helper
  // and lit's decorator module cost the script-tag bundle about 0.4 kB gz (api.md budget).
  static override properties: PropertyDeclarations = {
    contentSrc: { attribute: 'content-src' },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    contentStatus: { state: true },
    content: { state: true },
    showingFrench: { state: true },
  };

  /**
   * URL of a territory content pack (JSON). Default: the embedded national content only.
   * @label Adresse du pack de votre territoire
   * @help L'adresse (https://…) du fichier pack.json de votre territoire : vos partenaires, guichets, délais et
   *   numéros locaux s'ajoutent au contenu national. Vide : le contenu national seul.
   */
  contentSrc = '';

  /**
   * Text replacing the widget's title.
   * @label Titre du widget
   * @help Remplace le titre affiché en haut du widget. Vide : le titre prévu, dans la langue du lecteur.
   */
  heading = '';

  /**
   * Level of the widget's title, `2` to `6` (default `2`); inner headings go one level below.
   * @label Niveau du titre (2 à 6)
   * @help Le niveau du titre dans votre page : 2 sous le titre principal de la page, 3 sous un intertitre, etc. Par
   *   défaut : 2.
   */
  headingLevel = '2';

  /** Where the content shown comes from: `national`, `loading`, `territory` or `failed` (read-only). */
  contentStatus: ContentStatus = 'national';

  /**
   * The national sections this widget reads (`{ emergency: nationalEmergency }`): each widget
   * brings its own, so a page pays only for the content it shows (api.md, Loading).
   */
  protected static national: NationalSections = {};

  /**
   * The pack sections this widget reads, to be checked (`[emergencySection]`): the same as the
   * keys of `national`, with their shapes; `territory` is always checked too.
   */
  protected static packSections: readonly PackSection[] = [];

  /**
   * How this widget checks a pack: at once, or, for a widget that reads a list which may be long
   * (the partners: 2,000 in a large territory), a batch a task with `checkPackInSteps`. Only the
   * files of such widgets carry the stepped check.
   */
  protected static checkPack: PackChecker = checkPackSections;

  /** The content shown: the widget's national sections, with the territory pack laid over them once loaded. */
  protected content: ResolvedContent = this.nationalContent();

  /** The locale this element renders in, resolved before each update. */
  protected locale: string = sourceLocale;

  /** The title level after validation, 2 to 6. */
  protected level = 2;

  /**
   * The on-demand locale whose file is loaded for this element (`ar`, `uk`), the reader's
   * language, even while the French reference is shown; undefined in French and English.
   */
  protected readerLocale?: string;

  /** True while the reader asked for the French reference (the reference line's button). */
  protected showingFrench = false;

  private contentRequest?: Promise<void>;
  /** The reader locale whose national texts `content` holds. */
  private contentLocale?: string;
  /** The `dir` this element wrote on itself, to tell it from a partner's. */
  private ownDir?: string;

  /** Where the element's custom states live (`:state(ready)`, see `updated`). */
  private readonly internals = this.attachInternals();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate(); // an ancestor's lang may differ where the element was moved to
    addEventListener('hashchange', this.onHashChange);
    void this.updateComplete.then(() => this.contentReady).then(this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * A widget that answers fragments (`#vl-step-<id>`, `#vl-partner-<id>`, `#vl-q-<id>`…)
   * opens, shows and focuses what the fragment names: called once its first content is shown,
   * then on each `hashchange`.
   */
  protected goToFragment(): void | Promise<void> {}

  private readonly onHashChange = (): void => void this.goToFragment();

  /** Resolves once the content pack named by `content-src` has been applied (or given up). */
  get contentReady(): Promise<void> {
    return this.contentRequest ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.locale = this.resolveLocale();
    this.setDirection();
    if (changed.has('headingLevel')) this.level = this.parseHeadingLevel();
    // A locale file brings the national texts in its language: the content is laid again.
    if (changed.has('contentSrc') || this.readerLocale !== this.contentLocale) this.requestContent();
  }

  /**
   * `dir="rtl"` on the element when it shows a right-to-left language; `dir="ltr"` when it
   * shows French where one was asked for (the French reference, or the fallback), so an
   * Arabic page's direction does not turn the French text around. Otherwise the direction
   * is the page's; a `dir` the partner put on the element is never touched.
   */
  private setDirection(): void {
    const current = this.getAttribute('dir');
    if (current !== null && current !== this.ownDir) return; // the partner's
    const rtl = (locale?: string) => rightToLeftLocales.includes(locale!);
    this.ownDir = rtl(this.locale) ? 'rtl' : rtl(this.wantedLocale()) ? 'ltr' : undefined;
    this.toggleAttribute('dir', !!this.ownDir);
    if (this.ownDir) this.setAttribute('dir', this.ownDir);
  }

  /**
   * In a language translated from French (its locale file says so), the line saying the
   * French text is the reference, with its button to read the widget in French and back
   * (parts `reference`, `reference-toggle`). Each widget renders it below its title.
   */
  protected renderReference(): TemplateResult | typeof nothing {
    const reader = this.readerLocale;
    if (!reader || localeExtras(this.localName, reader)?.translatedFrom !== sourceLocale) return nothing;
    return withLocale(reader, () =>
      referenceLine({
        locale: reader,
        dir: rightToLeftLocales.includes(reader) ? 'rtl' : 'ltr',
        showingFrench: this.showingFrench,
        onToggle: () => (this.showingFrench = !this.showingFrench),
      }),
    );
  }

  /**
   * The first render of each widget gets a task of its own: a page of widgets then never
   * blocks the main thread for all of them at once (api.md: no task over 50 ms). The pack,
   * when it arrives, is applied the same way (requestContent).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await yieldToMain();
    // A language fetched on demand is awaited before the render: no French flashes first.
    const wanted = this.wantedLocale();
    if (wanted && hasLocaleFile(this.localName, wanted) && !isLocaleLoaded(this.localName, wanted)) {
      if (!(await loadLocaleFile(this.localName, wanted))) {
        this.warn('vl-locale-unavailable', `the "${wanted}" locale file could not be loaded; using French`);
      }
    }
    await super.scheduleUpdate();
  }

  /**
   * Work a widget derives from its content (search strings, parsed hours), done in a task of
   * its own when a pack arrives, before the render that shows it; a widget with much to do
   * returns a promise and yields between batches (the directory's 2,000 partners).
   */
  protected prepare(_content: ResolvedContent): void | Promise<void> {}

  /** Renders in this element's locale: msg() calls read it (see locale.ts). */
  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.locale, () => super.update(changed));
  }

  /**
   * `:state(ready)` once the widget shows its content (rendered, its pack applied or given
   * up): until then the partner's dist/voix-logement.css holds the room reserved for it, so
   * nothing moves however slow the phone (api.md: no layout shift for the partner).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.contentStatus === 'loading') return;
    try {
      this.internals.states.add('ready');
    } catch {
      // Chromium 90–124 accepted only "--ready": there the reserve goes at the definition.
    }
  }

  /** Runs `fn` in this element's locale: for msg() in event handlers and announcements. */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  /** A pack text in this element's locale. */
  protected t(value: LocalizedText | undefined): string {
    return localize(value, this.locale);
  }

  /** A console warning prefixed with the tag, once per element and message. */
  protected warn(code: WarningCode, message: string): void {
    warnOnce(code, `[${this.localName}] ${message}`, this);
  }

  /**
   * Checks an enumerated attribute: an unknown value warns (naming the attribute) and
   * gives the fallback.
   */
  protected oneOf<T extends string>(
    attribute: string,
    value: string | null | undefined,
    allowed: readonly T[],
    fallback: T,
  ): T {
    if (value === null || value === undefined || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.warn(
      'vl-invalid-attribute',
      `${attribute}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}"`,
    );
    return fallback;
  }

  /**
   * The widget's title at `heading-level`, with the `heading` attribute's text if set; below
   * it, in a language translated from French, the reference line (renderReference).
   */
  protected renderTitle(defaultTitle: string, id = 'title'): TemplateResult {
    return html`${this.renderHeading(this.level, this.heading || defaultTitle, id, 'heading')}${this.renderReference()}`;
  }

  /** A heading at `level` (clamped to 6), e.g. a section one level below the title. */
  protected renderHeading(level: number, content: unknown, id = '', part = '', className = ''): TemplateResult {
    // One template per level (lit binds no tag names without static-html, which weighs more).
    const i = id || nothing;
    const p = part || nothing;
    const c = className || nothing;
    switch (Math.min(Math.max(level, 2), 6)) {
      case 2:
        return html`<h2 id=${i} part=${p} class=${c}>${content}</h2>`;
      case 3:
        return html`<h3 id=${i} part=${p} class=${c}>${content}</h3>`;
      case 4:
        return html`<h4 id=${i} part=${p} class=${c}>${content}</h4>`;
      case 5:
        return html`<h5 id=${i} part=${p} class=${c}>${content}</h5>`;
      default:
        return html`<h6 id=${i} part=${p} class=${c}>${content}</h6>`;
    }
  }

  /** The locale asked for by `lang` (own, else the nearest ancestor's), if the widgets have it. */
  private wantedLocale(): string | undefined {
    const own = this.getAttribute('lang');
    const locale = normalizeLocale(own || nearestLang(this));
    if (!locale || builtInLocales.includes(locale) || hasLocaleFile(this.localName, locale)) return locale;
    return undefined;
  }

  /** The locale to render in: the one asked for when its messages are here, else French. */
  private resolveLocale(): string {
    const own = this.getAttribute('lang');
    const locale = this.wantedLocale();
    if (own && !locale) {
      this.warn('vl-unsupported-lang', `lang="${own}" is not supported (${this.supportedLocales()}); using French`);
    }
    const onDemand = !!locale && !builtInLocales.includes(locale);
    this.readerLocale = onDemand && isLocaleLoaded(this.localName, locale) ? locale : undefined;
    if (!locale || (onDemand && !this.readerLocale)) return sourceLocale;
    return this.readerLocale && this.showingFrench ? sourceLocale : locale;
  }

  /** The locales this element can be shown in, for the warning. */
  private supportedLocales(): string {
    return [...builtInLocales, ...targetLocales.filter((l) => hasLocaleFile(this.localName, l))].join(', ');
  }

  private parseHeadingLevel(): number {
    const level = Number(this.headingLevel);
    if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
    this.warn('vl-invalid-attribute', `heading-level="${this.headingLevel}" is not 2 to 6; using 2`);
    return 2;
  }

  private nationalContent(): ResolvedContent {
    return resolveSections(this.nationalSections());
  }

  /** The national sections, with the reader locale's texts laid in (a pack goes over them). */
  private nationalSections(): NationalSections {
    const { national } = this.constructor as typeof VlElement;
    const reader = this.readerLocale;
    return reader ? withTexts(national, localeExtras(this.localName, reader)!.texts, reader) : national;
  }

  private requestContent(): void {
    const src = this.contentSrc.trim();
    this.contentLocale = this.readerLocale;
    if (!src) {
      this.content = this.nationalContent();
      this.contentStatus = 'national';
      this.contentRequest = undefined;
      return;
    }
    this.contentStatus = 'loading';
    const { packSections, checkPack } = this.constructor as typeof VlElement;
    this.contentRequest = loadContent(src, this.nationalSections(), packSections, checkPack).then(async (result) => {
      // Every widget of the page awaits the same pack: each applies it in a task of its own,
      // not all in one long task (api.md: no task over 50 ms).
      await yieldToMain();
      if (this.contentSrc.trim() !== src) return; // replaced meanwhile
      await this.prepare(result.content);
      await yieldToMain();
      if (this.contentSrc.trim() !== src) return; // replaced while it was prepared
      this.content = result.content;
      this.contentStatus = result.ok ? 'territory' : 'failed';
    });
  }
}
