/** GET requests to the game's own API, with failures turned into one kind of error. */

/** Why the game could not use an answer; shown to the player as a generic failure. */
export class StoryApiError extends Error {
  override name = 'StoryApiError';
}

export async function getApiText(
  fetchFn: typeof fetch,
  url: string,
  fresh = false,
): Promise<string> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: { accept: 'application/json' },
      ...(fresh ? { cache: 'no-store' } : {}),
    });
  } catch (error) {
    throw new StoryApiError(`GET ${url} failed: ${String(error)}`);
  }
  if (!response.ok) throw new StoryApiError(`GET ${url} answered ${response.status}`);
  return response.text();
}

export function parseApiJson(url: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StoryApiError(`GET ${url} did not answer JSON`);
  }
}
