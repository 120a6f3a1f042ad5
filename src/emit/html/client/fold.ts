// What the page's search compares: text with its case folded and every apostrophe
// one (здоров’я, здоров'я and здоровʼя are one word; «’» is how Word types it).

export const fold = (text: string): string => text.toLocaleLowerCase('uk').replace(/[’'ʼ`‘´]/g, "'");
