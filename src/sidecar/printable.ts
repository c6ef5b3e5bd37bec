// Text from files (sidecar values, article quotes, file names) on its way into a message a person
// reads. Two dangers: control and bidi characters that rewrite a terminal line or reorder what is
// shown ("Trojan Source"), and link syntax — VS Code renders `[label](command:…)` in notifications as
// a link that runs the command, so a cloned repository could offer a one-click extension install.
// Pure (no vscode): the CLI's `path:line:` output and the editor's notifications use the same rules.

/** C0 and C1 controls, DEL, and the bidi embedding/override/isolate marks. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control and bidi characters as visible escapes ("a\nb.txt" → "a\\nb.txt", U+202E → "\\u202e"),
 * everything else unchanged. For file names in `path:line:` output and anywhere a line of output
 * must stay one line that shows what is really there.
 */
export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Link syntax that a renderer could turn into something clickable, broken up with a space:
 * `[label](target)` (Markdown inline links and VS Code's linked text in notifications: neither
 * allows a space between `]` and `(`), `<scheme:…>` autolinks, and `[label]: target` reference
 * definitions. The words stay readable; only the syntax is gone.
 */
export function breakLinks(text: string): string {
  return text
    .replace(/\]\s*\(/g, '] (')
    .replace(/<(?=[A-Za-z][A-Za-z0-9+.-]*:)/g, '< ')
    .replace(/\]:/g, '] :');
}

/** For a message built from file text and shown by a UI that renders links: both of the above. */
export function plainMessage(text: string): string {
  return breakLinks(escapeControls(text));
}
