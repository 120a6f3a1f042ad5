// A part's relationships (word/_rels/document.xml.rels): hyperlinks name their
// target by relationship id, and the package names its main document this way.
import { Parser } from 'htmlparser2';
import { DepthGuard, type DepthLimit } from '../../read/limits.js';
import { PART_DEPTH } from './namespaces.js';

export interface Relationship {
  type: string;
  target: string;
}

export function readRelationships(xml: string | undefined, depth: DepthLimit = PART_DEPTH): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === undefined) return out;
  const guard = new DepthGuard(depth);
  const parser = new Parser(
    {
      onclosetag: () => guard.close(),
      onopentag(name, attribs) {
        guard.open();
        if (name === 'Relationship' && attribs.Id !== undefined)
          out.set(attribs.Id, { type: attribs.Type ?? '', target: attribs.Target ?? '' });
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return out;
}
