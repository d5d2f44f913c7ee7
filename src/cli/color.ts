// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
export function supportsColor(isTerminal: boolean): boolean {
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return isTerminal && process.env.TERM !== 'dumb';
}
