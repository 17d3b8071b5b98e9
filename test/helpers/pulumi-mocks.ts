import * as pulumi from '@pulumi/pulumi';
import { recordingMocks } from './stack-program';

/**
 * Sets Pulumi mocks that record every registration (type, name, inputs, custom) into the returned
 * array and echo inputs back as state. Await it before importing the code under test.
 */
export async function recordRegistrations(project: string, stack: string): Promise<pulumi.runtime.MockResourceArgs[]> {
  const registered: pulumi.runtime.MockResourceArgs[] = [];
  await pulumi.runtime.setMocks(recordingMocks(registered), project, stack, false);
  return registered;
}

/** Waits until no registration has arrived for a few event-loop turns. */
export async function registrationsSettled(registered: readonly unknown[]): Promise<void> {
  for (let last = -1; last !== registered.length;) {
    last = registered.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
