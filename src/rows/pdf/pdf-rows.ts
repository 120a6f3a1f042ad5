export async function pdfToRows(_b: Uint8Array, _n: string): Promise<never> { throw new Error('todo'); }
