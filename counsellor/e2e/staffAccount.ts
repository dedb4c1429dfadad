/** The staff account the browser tests sign in with (made by prepareStaff.ts before the server starts). */
export const E2E_COUNSELLOR = {
  name: 'e2e-counsellor',
  pseudonym: 'Sam',
  password: 'quiet river under old bridges',
  /** Matches players who ask for any kind or a professional, in English or German. */
  kind: 'professional',
  languages: ['en', 'de'],
} as const;
