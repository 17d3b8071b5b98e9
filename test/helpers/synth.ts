import { App, Chart, Testing } from 'cdk8s';

/** A fresh chart in namespace `shop`. */
export function chart(namespace = 'shop'): Chart {
  return new Chart(Testing.app(), 'test', { namespace });
}

/** Synthesizes and returns the objects. */
export function synth(c: Chart): any[] {
  return Testing.synth(c);
}

/** The single object of `kind` named `name` (fails when absent or ambiguous). */
export function find(manifests: any[], kind: string, name?: string): any {
  const found = manifests.filter((m) => m.kind === kind && (name === undefined || m.metadata.name === name));
  if (found.length !== 1) {
    throw new Error(
      `expected one ${kind}${name ? ` named ${name}` : ''}, found ${found.length}: ${manifests.map((m) => `${m.kind}/${m.metadata.name}`).join(', ')}`,
    );
  }
  return found[0];
}

/** Kinds and names of the objects, for compact assertions. */
export function inventory(manifests: any[]): string[] {
  return manifests.map((m) => `${m.kind}/${m.metadata.name}`);
}

export { App };
