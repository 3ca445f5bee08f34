/** What the kill test's writer writes, shared by the writer and the checker. */
import { makeAnchor, type UserAnnotation } from '../../server/src/core/annotations';
export const ARTICLE = 'news/article.txt';
export const KEEP = 12;
export const TEXT = 'जयपुर, 9 मार्च (भाषा): राजस्थान की राजधानी जयपुर में नगर निगम के 150 वार्डों के लिए मतदान हुआ।\n'.repeat(8);
/** A long note makes every write several kilobytes, so kills land inside writes too. */
const NOTE = 'टिप्पणी: स्रोत की पुष्टि बाकी है। '.repeat(60);

export const idOf = (n: number, prefix = 'w') => `${prefix}${String(n).padStart(7, '0')}`;
/** The number of an id written by the writer with this prefix, or undefined for another writer's id. */
export const numberOf = (id: string, prefix = 'w'): number | undefined => (id.length === prefix.length + 7 && id.startsWith(prefix) && /^\d{7}$/.test(id.slice(prefix.length)) ? Number(id.slice(prefix.length)) : undefined);

export function annotation(n: number, prefix = 'w'): UserAnnotation {
  const at = (n * 37) % (TEXT.length - 10);
  const start = at;
  return { id: idOf(n, prefix), anchor: makeAnchor(TEXT, start, start + 5), label: 'TEST', note: `${n} ${NOTE}`, origin: 'user', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', status: 'anchored' };
}

