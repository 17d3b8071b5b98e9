/**
 * The Pulumi program (Pulumi.yaml `main`): deploys the example services through the Pulumi front
 * door. The objects are the same as `npm run synth` writes to dist/example/.
 *
 *   pulumi stack init dev && pulumi config set namespace shop && pulumi up
 */
import * as pulumi from '@pulumi/pulumi';
import { Workload } from '../constructs/pulumi';
import { EXAMPLE_IMAGES, exampleServices } from './example';

const config = new pulumi.Config();
const namespace = config.get('namespace') ?? 'shop';
const images = { api: config.get('apiImage') ?? EXAMPLE_IMAGES.api, web: config.get('webImage') ?? EXAMPLE_IMAGES.web };

const workloads = Object.entries(exampleServices(images)).map(([id, props]) => new Workload(id, { ...props, namespace }));

export const services = Object.fromEntries(workloads.map((w) => [w.workloadName, { kind: w.kind, service: w.serviceName }]));
