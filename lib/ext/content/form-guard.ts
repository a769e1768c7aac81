import { el, shadowHost } from '../../../components/shadow';
import type { Translate } from '../../i18n';
import { sensitiveKind, sensitiveKindsOf } from '../../page/guard';
import type { ShadowRootOf } from '../../page/shadow';
import type { PageRules } from '../../rules/compile';
import type { ListenerTarget } from './first-listeners';
import { deepTarget, generatedText } from './shadow';

/**
 * The form guard: a warning beside a sensitive field when the user focuses or types into it, and a held
 * submission (button, Enter, requestSubmit) until the user confirms. Field values are never read.
 * Fields inside shadow roots, closed ones included, are reached through the focused element; a root's
 * submissions, which do not cross its boundary, are held by a listener on the root itself.
 * Limits: a page that sends data with fetch() instead of submitting a form is not caught here.
 */
export class FormGuard {
  private on = false;
  private readonly warned = new WeakSet<Element>();
  private readonly approved = new WeakSet<HTMLFormElement>();
  private readonly roots = new WeakSet<ShadowRoot>();

  constructor(
    private readonly rules: PageRules,
    private readonly t: Translate,
    /** The field warning's style sheet (sent with the content pack). */
    private readonly css: string,
    private readonly rootOf: ShadowRootOf,
    /** Called when the user reaches into a shadow root the last scan had not seen. */
    private readonly onNewRoot: (root: ShadowRoot) => void = () => undefined,
  ) {}

  /** Switched on once the page's verdict is known: a field the user is already in is warned about then. */
  set active(value: boolean) {
    this.on = value;
    const field = value ? deepTarget(document.activeElement, this.rootOf) : null;
    if (field?.matches('input, select, textarea')) this.warn(field);
  }

  private readonly field = (e: Event) => this.onField(e);
  private readonly submit = (e: Event) => this.onSubmit(e as SubmitEvent);

  /** Listeners on window in the capture phase, through `FirstListeners`, ahead of the page's own. Again is a no-op. */
  attach(target: ListenerTarget): void {
    target.addEventListener('focusin', this.field, true);
    target.addEventListener('input', this.field, true);
    target.addEventListener('submit', this.submit, true);
  }

  /** Hold submissions inside a shadow root (submit events stay inside it). */
  watchRoot(root: ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    root.addEventListener('submit', this.submit, true);
  }

  /** What a sensitive field asks for, in words (`card-number` -> "nomor kartu"). */
  private fieldName(kind: string): string {
    return this.t(`field_${kind.replace(/-/g, '_')}`);
  }

  private onField(e: Event): void {
    const field = deepTarget(e.target, this.rootOf);
    if (field && field !== e.target) {
      const root = field.getRootNode();
      if (root instanceof ShadowRoot && !this.roots.has(root)) {
        this.watchRoot(root);
        this.onNewRoot(root);
      }
    }
    this.warn(field);
  }

  private warn(field: Element | null): void {
    if (!this.on || !field || this.warned.has(field)) return;
    const kind = sensitiveKind(field, document, this.rules, generatedText);
    if (!kind) return;
    this.warned.add(field);
    const { host, root } = shadowHost('jaga-prakerja-field-warning', this.css);
    const box = el('div', { text: this.t('field_warning', this.fieldName(kind)) });
    box.setAttribute('role', 'alert');
    root.append(box);
    host.setAttribute('style', 'all: initial !important; display: block !important;');
    field.insertAdjacentElement('afterend', host);
  }

  private onSubmit(e: SubmitEvent): void {
    const form = e.target;
    if (!this.on || !(form instanceof HTMLFormElement)) return;
    if (this.approved.has(form)) {
      this.approved.delete(form);
      return;
    }
    const kinds = sensitiveKindsOf(form, document, this.rules, generatedText);
    if (kinds.length === 0) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const names = kinds.map((k) => this.fieldName(k)).join(', ');
    if (window.confirm(this.t('form_confirm', names))) {
      this.approved.add(form);
      const submitter = e.submitter && (e.submitter as HTMLButtonElement).form === form ? e.submitter : undefined;
      // A submission requested while the submit event is still dispatching is ignored: run it next task.
      setTimeout(() => form.requestSubmit(submitter ?? undefined), 0);
    }
  }
}
