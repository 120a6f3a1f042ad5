// WordprocessingML by namespace, not by prefix: Word writes `w:`, but the prefix is
// the producer's choice (`ns0:`, a default namespace), and Strict OOXML uses other
// namespace names. Element and attribute names are rewritten to the prefixes the
// part readers know (`w:`, `r:`, `mc:`) before they see them.
import { Parser } from 'htmlparser2';
import { DEFAULT_LIMITS, DepthGuard, type DepthLimit } from '../../read/limits.js';

type Attributes = Record<string, string>;

export interface XmlHandler {
  onopentag?(name: string, attribs: Attributes): void;
  onclosetag?(name: string): void;
  ontext?(text: string): void;
}

// Maps: namespace names and prefixes come from the input («constructor» would find Object's).
const KNOWN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
    'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
    'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
    'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'x',
    'http://purl.oclc.org/ooxml/spreadsheetml/main': 'x',
    'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
    'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
    'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
    'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
    'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0': 'fo',
    'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  }),
);

/** Prefix as written → prefix the readers know; '' is the default namespace. */
type Scope = ReadonlyMap<string, string | undefined>;

function declarations(attribs: Attributes, scope: Scope): Scope | null {
  let next: Map<string, string | undefined> | null = null;
  for (const key in attribs) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    next ??= new Map(scope);
    const prefix = key === 'xmlns' ? '' : key.slice(6);
    // A namespace we do not know keeps its prefix as written.
    next.set(prefix, KNOWN.get(attribs[key] as string) ?? (prefix === '' ? undefined : prefix));
  }
  return next;
}

function rename(name: string, scope: Scope, isAttribute: boolean): string {
  const colon = name.indexOf(':');
  if (colon < 0) {
    // Unprefixed attributes are in no namespace; unprefixed elements in the default one.
    const known = isAttribute ? undefined : scope.get('');
    return known === undefined ? name : `${known}:${name}`;
  }
  const prefix = name.slice(0, colon);
  const known = scope.get(prefix);
  if (known === undefined || known === prefix) return name;
  return `${known}:${name.slice(colon + 1)}`;
}

function renameAttributes(attribs: Attributes, scope: Scope): Attributes {
  let out: Attributes | null = null;
  for (const key in attribs) {
    const renamed = rename(key, scope, true);
    if (renamed === key) continue;
    out ??= { ...attribs };
    delete out[key];
    out[renamed] = attribs[key] as string;
  }
  return out ?? attribs;
}

/** Nesting of a part's elements when the reader is not told otherwise. */
export const PART_DEPTH: DepthLimit = { max: DEFAULT_LIMITS.maxDepth, what: 'the nesting of XML elements' };

/**
 * Parses an OOXML part, handing the handler names with the readers' prefixes; refused
 * one element past the nesting limit (the parser slows quadratically with depth).
 */
export function parseOoxml(xml: string, handler: XmlHandler, depth: DepthLimit = PART_DEPTH): void {
  const guard = new DepthGuard(depth);
  const scopes: Scope[] = [
    new Map([
      ['w', 'w'],
      ['r', 'r'],
      ['mc', 'mc'],
    ]),
  ];
  const names: string[] = [];
  const depths: number[] = []; // depth at which each scope after the first was opened
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        guard.open();
        let scope = scopes[scopes.length - 1] as Scope;
        const declared = declarations(attribs, scope);
        if (declared) {
          scopes.push(declared);
          depths.push(names.length);
          scope = declared;
        }
        const renamed = rename(name, scope, false);
        names.push(renamed);
        handler.onopentag?.(renamed, renameAttributes(attribs, scope));
      },
      onclosetag() {
        guard.close();
        const name = names.pop() ?? '';
        if (depths.length > 0 && depths[depths.length - 1] === names.length) {
          depths.pop();
          scopes.pop();
        }
        handler.onclosetag?.(name);
      },
      ontext(text) {
        handler.ontext?.(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}
