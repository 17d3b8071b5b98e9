import { ResourceRange, ResourcesProps } from '../delivery/container';

/** Fully resolved CPU and memory. */
export type ResolvedResources = { cpu: Required<ResourceRange>; memory: Required<ResourceRange> };

/** Resources with each request and limit defaulting independently to a component's defaults. */
export function withDefaults(defaults: ResolvedResources, given?: ResourcesProps): ResolvedResources {
  const pick = (range?: ResourceRange) => Object.fromEntries(Object.entries(range ?? {}).filter(([, v]) => v !== undefined));
  return {
    cpu: { ...defaults.cpu, ...pick(given?.cpu) },
    memory: { ...defaults.memory, ...pick(given?.memory) },
  };
}
