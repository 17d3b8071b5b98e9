/**
 * One duration type across props: every span takes a `DurationInput` (`'30s'`, `'5m'`, a cdk8s
 * `Duration`) under a name without a unit, and renders the Kubernetes or Argo Rollouts `…Seconds`
 * field. The former `…Seconds` props stay accepted (deprecated); given together, they must agree.
 */
import { Duration } from 'cdk8s';
import { AnalysisGate, DeliveryStrategy, Probe, Workload } from '../constructs';
import { chart, find, synth } from './helpers/synth';

const IMAGE = 'registry.example.com/shop/web:1.4.2';

function render(props: Partial<ConstructorParameters<typeof Workload>[2]>): any[] {
  const c = chart();
  new Workload(c, 'web', { image: IMAGE, ports: [{ containerPort: 8080 }], ...props });
  return synth(c);
}

function problems(props: Partial<ConstructorParameters<typeof Workload>[2]>): string {
  try {
    render(props);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no problem reported');
}

test('typed spans render exactly what the former …Seconds props render', () => {
  const typed = render({
    strategy: DeliveryStrategy.blueGreen({
      minReady: '10s',
      progressDeadline: Duration.minutes(5),
      autoPromotionAfter: '2m',
      scaleDownDelay: '1m',
      abortScaleDownDelay: '0s',
      prePromotionAnalysis: [AnalysisGate.smokeTest({ timeout: '3s' })],
    }),
    terminationGracePeriod: '45s',
    readiness: Probe.http('/ready', { initialDelay: '5s', period: '10s', timeout: '2s' }),
    autoscaling: { maxReplicas: 5, scaleDown: { stabilizationWindow: '5m', policies: [{ type: 'Pods', value: 1, period: '1m' }] } },
  });
  const seconds = render({
    strategy: DeliveryStrategy.blueGreen({
      minReadySeconds: 10,
      progressDeadlineSeconds: 300,
      autoPromotionSeconds: 120,
      scaleDownDelaySeconds: 60,
      abortScaleDownDelaySeconds: 0,
      prePromotionAnalysis: [AnalysisGate.smokeTest({ timeoutSeconds: 3 })],
    }),
    terminationGracePeriodSeconds: 45,
    readiness: Probe.http('/ready', { initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 2 }),
    autoscaling: {
      maxReplicas: 5,
      scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] },
    },
  });
  expect(typed).toEqual(seconds);
  const rollout = find(typed, 'Rollout');
  expect(rollout.spec).toMatchObject({ minReadySeconds: 10, progressDeadlineSeconds: 300 });
  expect(rollout.spec.strategy.blueGreen).toMatchObject({
    autoPromotionSeconds: 120,
    scaleDownDelaySeconds: 60,
    abortScaleDownDelaySeconds: 0,
  });
  expect(rollout.spec.template.spec.terminationGracePeriodSeconds).toBe(45);
  expect(rollout.spec.template.spec.containers[0].readinessProbe).toMatchObject({
    initialDelaySeconds: 5,
    periodSeconds: 10,
    timeoutSeconds: 2,
  });
  expect(find(typed, 'HorizontalPodAutoscaler').spec.behavior.scaleDown).toEqual({
    stabilizationWindowSeconds: 300,
    selectPolicy: 'Max',
    policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
  });
  expect(find(typed, 'AnalysisTemplate').spec.metrics[0].provider.job.spec.template.spec.containers[0].command.join(' ')).toContain(
    '--max-time 3 ',
  );
});

test('malformed spans, contradicting pairs and out-of-range spans are problems named as the user wrote them', () => {
  const message = problems({
    strategy: DeliveryStrategy.canary({ minReady: '2 minutes', progressDeadline: '1m', progressDeadlineSeconds: 120 }),
    terminationGracePeriod: 'soon',
    readiness: Probe.tcp({ period: '0s' }),
    autoscaling: { maxReplicas: 5, scaleUp: { stabilizationWindow: '2h', policies: [{ type: 'Pods', value: 1 }] } },
  });
  expect(message).toContain('strategy.canary.minReady: got "2 minutes"; allowed: a whole number followed by s, m or h');
  expect(message).toContain(
    "strategy.canary.progressDeadlineSeconds: got 120; allowed: nothing beside progressDeadline (60s): it is progressDeadline's former name",
  );
  expect(message).toContain('terminationGracePeriod: got "soon"');
  expect(message).toContain('readiness.period: got "0s"; allowed: at least 1s');
  expect(message).toContain('autoscaling.scaleUp.stabilizationWindow: got "2h"; allowed: from 0s to 1h');
  expect(message).toContain('autoscaling.scaleUp.policies[0].period: got nothing; allowed: a window from 1s to 30m');
});

test('a cdk8s Duration that is not whole seconds is one clear problem, not an exception from cdk8s', () => {
  expect(problems({ terminationGracePeriod: Duration.millis(500) })).toContain('terminationGracePeriod: got {"amount":500');
});

test('relations between spans are stated in the names the user wrote', () => {
  expect(problems({ strategy: DeliveryStrategy.rolling({ minReady: '10m', progressDeadline: '5m' }) })).toContain(
    'strategy.rolling.progressDeadline: got 300; allowed: more than minReady (600s); fix: raise progressDeadline or lower minReady',
  );
});
