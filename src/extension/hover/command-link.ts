// The target of a command link in a hover: `command:ID?ARGS`, ARGS the JSON of the arguments,
// percent-encoded down to URL-unreserved characters. encodeURIComponent alone leaves ( ) ' ! * as
// they are, and an `)` in an annotation id (sidecars are hand-editable) ends a Markdown link early:
// the link then runs with a cut argument. Pure (no vscode), so the encoding is unit-tested.

/** `command:<id>?<args>` whose argument part holds only [A-Za-z0-9%._~-]. */
export function commandLink(command: string, args: readonly unknown[]): string {
  const json = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${json}`;
}
