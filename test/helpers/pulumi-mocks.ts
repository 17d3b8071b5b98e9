import * as pulumi from '@pulumi/pulumi';
import { awsAttributes } from './stack-program';

/**
 * Sets Pulumi mocks that record every registration (type, name, inputs, custom) into the returned
 * array and echo inputs back as state. Await it before importing the code under test.
 */
export async function recordRegistrations(project: string, stack: string): Promise<pulumi.runtime.MockResourceArgs[]> {
  const registered: pulumi.runtime.MockResourceArgs[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        registered.push(args);
        return { id: `${args.name}-id`, state: { ...awsAttributes(args), ...args.inputs } };
      },
      call(args) {
        return args.inputs;
      },
    },
    project,
    stack,
    false,
  );
  return registered;
}

/** Waits until no registration has arrived for a few event-loop turns. */
export async function registrationsSettled(registered: readonly unknown[]): Promise<void> {
  for (let last = -1; last !== registered.length;) {
    last = registered.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
