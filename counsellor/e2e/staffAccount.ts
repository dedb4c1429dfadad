/** The staff account the browser tests sign in with (made by prepareStaff.ts before the server starts). */
export const E2E_COUNSELLOR = {
  name: 'e2e-counsellor',
  pseudonym: 'Sam',
  password: 'quiet river under old bridges',
} as const;
