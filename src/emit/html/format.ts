// Numbers as Ukrainian readers write them, exact: digits grouped by a no-break space,
// a decimal comma, and every decimal the data has (no rounding: 434,09 stays 434,09).
export function formatAmount(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}
