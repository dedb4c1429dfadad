/**
 * The custom HMR events the ink plugin sends, so `import.meta.hot.on` and `server.ws.send`
 * check the event name and its data.
 */
import 'vite/types/customEvent.d.ts';

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    'offramp:story-changed': { id: string; locale: string };
  }
}
