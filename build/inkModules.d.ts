/** `import story from './main.ink'`: compiled by build/vitePluginInk.ts. */
declare module '*.ink' {
  const story: { json: string; contentHash: string };
  export default story;
}
