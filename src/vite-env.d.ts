declare module '*.ink' {
  const story: import('./core/ink/types').CompiledStory;
  export default story;
}

declare module 'virtual:reprounds/catalog' {
  const catalog: readonly import('./core/ink/catalog').ScenarioEntry[];
  export default catalog;
}
