// «1 error», «2 errors», «0 errors»: a count with its noun in the right number.

/** `n` and its noun: singular for exactly one, else the plural (given where it is not noun + s). */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
