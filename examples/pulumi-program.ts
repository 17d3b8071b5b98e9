import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { AnalysisGate, DeliveryStrategy } from 'kubeship';
import { Workload } from 'kubeship/pulumi';

const config = new pulumi.Config();
const ns = new k8s.core.v1.Namespace('shop', { metadata: { name: 'shop' } });

const web = new Workload('web', {
  image: config.require('webImage'), // or an Output, e.g. a docker-build Image's ref
  namespace: ns.metadata.name,
  ports: [{ containerPort: 8080, servicePort: 80 }],
  strategy: DeliveryStrategy.blueGreen({
    // the preview has no traffic of its own: a smoke test calls it before the switch,
    // then the success rate of production traffic is checked after it
    prePromotionAnalysis: [AnalysisGate.smokeTest({ path: '/', requests: 20 })],
    postPromotionAnalysis: [AnalysisGate.successRate({ minimum: 0.99 })],
  }),
  autoscaling: { minReplicas: 2, maxReplicas: 10 },
});

export const activeService = web.serviceName;
export const previewService = web.secondaryServiceName;
