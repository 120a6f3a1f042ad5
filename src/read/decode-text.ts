// Bytes to text. BOMs are honoured; without one the text must be valid UTF-8.
import { InputError } from '../errors.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding) return { text: decodeWith(bytes, encoding), encoding: encoding.toLowerCase() };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeWith(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    throw new InputError('input is not valid UTF-8 text; name its encoding with --encoding');
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new InputError(`unknown encoding «${encoding}»`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`input is not valid ${encoding} text`);
  }
}
