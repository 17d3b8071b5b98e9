/**
 * Delivery timing computed from the rendered strategy alone, against durations computed by hand.
 * The controller behaviour each number rests on is cited in constructs/core/rollout-timing.ts
 * (argo-rollouts v1.9.1: rollout/bluegreen.go reconcileBlueGreenPause waits autoPromotionSeconds
 * only after pre-promotion analysis completed; a metric fails on its failureLimit+1-th failed
 * measurement; a metric with an interval and no count runs until stopped).
 */
import { AnalysisGate, CanaryStep, DeliveryStrategy, Workload } from '../constructs';
import { deliveryTiming } from '../constructs/core/rollout-timing';
import { chart } from './helpers/synth';

const IMAGE = 'registry.example.com/shop/web:1.4.2';
const ports = [{ containerPort: 8080 }];

describe('delivery timing', () => {
  test('rolling: no planned waits, and no automatic rollback', () => {
    const w = new Workload(chart(), 'web', { image: IMAGE, ports });
    expect(w.timing).toMatchObject({ deploySeconds: 0, rollbackSeconds: Infinity, progressDeadlineSeconds: 600 });
  });

  test('canary: pauses plus the step analysis; rollback by the slowest detecting gate', () => {
    const w = new Workload(chart(), 'web', {
      image: IMAGE,
      ports,
      strategy: DeliveryStrategy.canary({
        steps: [
          CanaryStep.setWeight(10),
          CanaryStep.pause('2m'),
          CanaryStep.analysis(AnalysisGate.successRate({ minimum: 0.99 })),
          CanaryStep.setWeight(50),
          CanaryStep.pause('5m'),
        ],
        analysis: {
          gates: [AnalysisGate.latency({ maximumSeconds: 0.5, interval: '2m', failureLimit: 1, initialDelay: '30s' })],
          startingStep: 1,
        },
      }),
    });
    // 2m pause + success rate 5 measurements 1m apart (4m) + 5m pause
    expect(w.timing.deploySeconds).toBe(120 + 4 * 60 + 300);
    // success rate: fails on the 2nd measurement, 1m in; latency: 30s delay + 2m = 150 s, the slower
    expect(w.timing.rollbackSeconds).toBe(150);
    expect(w.timing.rollbackParts[0]).toBe('background analysis web-latency-p95/latency-p95 fails after 2m30s');
    expect(w.timing.rollbackParts[1]).toBe('abort: canary pods scaled to 0, out of the endpoints as they terminate');
  });

  test('blue-green: pre-promotion analysis, then auto-promotion, then post-promotion analysis', () => {
    const w = new Workload(chart(), 'web', {
      image: IMAGE,
      ports,
      strategy: DeliveryStrategy.blueGreen({
        prePromotionAnalysis: [AnalysisGate.smokeTest({ requests: 20, timeoutSeconds: 5 })],
        postPromotionAnalysis: [AnalysisGate.successRate({ count: 3, interval: '30s' })],
        autoPromotionSeconds: 120,
        scaleDownDelaySeconds: 60,
      }),
    });
    // smoke test: at most its Job's deadline, 20 x (5 + 1) + 60 = 180 s; then 120 s; then 2 x 30 s
    expect(w.timing.deploySeconds).toBe(180 + 120 + 60);
    // the success rate fails on its 2nd measurement, 30 s in; the old version is still up (60 s)
    expect(w.timing.rollbackSeconds).toBe(30);
    expect(w.timing.rollbackParts[1]).toBe('abort: active Service switched back while the old version is kept (scaleDownDelaySeconds 60)');
  });

  test('a wait for a person is infinite; a failure detected after the old version is gone says so', () => {
    const manual = new Workload(chart(), 'web', {
      image: IMAGE,
      ports,
      strategy: DeliveryStrategy.canary({
        steps: [CanaryStep.setWeight(20), CanaryStep.pause()],
        analysis: { gates: [AnalysisGate.successRate()] },
      }),
    });
    expect(manual.timing.deploySeconds).toBe(Infinity);
    const late = new Workload(chart(), 'api', {
      image: IMAGE,
      ports,
      strategy: DeliveryStrategy.blueGreen({
        postPromotionAnalysis: [AnalysisGate.successRate({ failureLimit: 2 })],
        autoPromotionEnabled: false,
      }),
    });
    expect(late.timing.deploySeconds).toBe(Infinity);
    expect(late.timing.rollbackSeconds).toBe(120);
    expect(late.timing.rollbackParts[1]).toContain('it must start again');
  });

  test('computed from plain rendered objects too (what the policy rule reads)', () => {
    const timing = deliveryTiming(
      {
        kind: 'Rollout',
        spec: {
          strategy: {
            canary: { steps: [{ setWeight: 20 }, { pause: { duration: '90s' } }, { analysis: { templates: [{ templateName: 't' }] } }] },
          },
        },
      },
      { t: { metrics: [{ name: 'm', interval: '20s', count: 4, failureLimit: 0 }] } },
    );
    expect(timing).toMatchObject({ deploySeconds: 90 + 60, rollbackSeconds: 0 });
  });
});
