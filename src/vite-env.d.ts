declare module '*.ink' {
  const story: import('./core/ink/types').CompiledStory;
  export default story;
}
