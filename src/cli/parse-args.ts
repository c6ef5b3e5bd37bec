// A small argv parser shared by the commands: declared flags only, "--flag value" and "--flag=value",
// "-" as a positional (stdin), "--" ends options. Anything undeclared is a usage error (exit 2).

export interface FlagSpec {
  /** Flags that take a value (without the leading "--"). */
  values?: readonly string[];
  /** Flags that are switches. */
  switches?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(args: readonly string[], spec: FlagSpec): ParsedArgs {
  const out: ParsedArgs = { positionals: [], values: {}, switches: new Set() };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-h') {
      out.switches.add('help');
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      out.positionals.push(a);
      continue;
    }
    if (!a.startsWith('--')) throw new UsageError(`unknown option '${a}'`);
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (spec.values?.includes(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined) throw new UsageError(`option '--${name}' needs a value`);
      out.values[name] = v;
    } else if (spec.switches?.includes(name) || name === 'help') {
      if (eq >= 0) throw new UsageError(`option '--${name}' takes no value`);
      out.switches.add(name);
    } else {
      throw new UsageError(`unknown option '--${name}'`);
    }
  }
  out.positionals.push(...args.slice(i));
  return out;
}
