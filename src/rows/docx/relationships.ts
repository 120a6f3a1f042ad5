// A part's relationships (word/_rels/document.xml.rels): hyperlinks name their
// target by relationship id, and the package names its main document this way.
import { Parser } from 'htmlparser2';

export interface Relationship {
  type: string;
  target: string;
}

export function readRelationships(xml: string | undefined): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === undefined) return out;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
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
