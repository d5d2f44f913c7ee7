// Typing slips seen in real plans, each with its correction and where it was seen. A slip is a
// real word pair gone wrong (a missing tone or hook: "chuyên" for "chuyển"), so a spell checker
// that knows every syllable misses it; only the pair gives it away.

export interface KnownTypo {
  wrong: string;
  right: string;
  /** Words after which the pair is correct after all ("phân đầu tư" would be a different phrase). */
  notBefore?: string[];
  seenIn: string;
}

export const KNOWN_TYPOS: KnownTypo[] = [
  { wrong: 'phân đầu', right: 'phấn đấu', notBefore: ['tư'], seenIn: 'Lai Châu KH (fixtures/seeds/001), line 57; Party KH (fixtures/seeds/004), lines 39–49' },
  { wrong: 'chuyên biến', right: 'chuyển biến', seenIn: 'Lai Châu KH (fixtures/seeds/001), line 15' },
  { wrong: 'chuyên dịch', right: 'chuyển dịch', seenIn: 'Lai Châu KH (fixtures/seeds/001), line 45; Party CTr (fixtures/seeds/000), line 89' },
  { wrong: 'chuyên giao', right: 'chuyển giao', seenIn: 'Party KH (fixtures/seeds/004), line 123' },
  { wrong: 'chuyên đổi', right: 'chuyển đổi', seenIn: 'Party KH (fixtures/seeds/004), line 81' },
];
