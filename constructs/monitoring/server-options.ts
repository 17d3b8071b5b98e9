/**
 * What the Prometheus and the Alertmanager servers share: their volumes, the checks of their
 * common options (replicas, Prometheus durations, storage, byte sizes) and their pods' security
 * context.
 */
import { ResolvedResources } from '../core/container';
import { DURATION_ALLOWED, DurationInput, durationSeconds } from '../core/duration';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { byteQuantityProblem } from '../core/quantity';

/** A persistent volume for Prometheus or Alertmanager data. */
export interface StorageOptions {
  /** Size of each replica's volume, e.g. `50Gi`. */
  readonly size: string;
  /** @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
}

/** Prometheus durations as the operator's CRD accepts them. */
const PROM_DURATION = /^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$/;
/** Prometheus byte sizes as the operator's CRD accepts them. */
export const BYTE_SIZE = /^(0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$/;

/** The pods' security context: non-root (uid 1000, gid 2000), fsGroup 2000 so the volume is writable, seccomp RuntimeDefault. */
export const POD_SECURITY = {
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 2000,
  fsGroup: 2000,
  seccompProfile: { type: 'RuntimeDefault' },
};

/** Velero's label that keeps an object (the Prometheus PVCs) out of backups. */
export const VELERO_EXCLUDE_LABEL = 'velero.io/exclude-from-backup';
/** Velero's pod annotation listing volumes its file-system backup skips. */
export const VELERO_VOLUMES_EXCLUDES = 'backup.velero.io/backup-volumes-excludes';

/** The seconds of a scrape interval (default 30s), after recording a problem unless it is at least 5s. */
export function checkScrapeInterval(p: Problems, value: DurationInput | undefined): number | undefined {
  const seconds = durationSeconds(value ?? '30s');
  p.check(
    seconds !== undefined && seconds >= 5,
    'scrapeInterval',
    value,
    `at least 5s, as ${DURATION_ALLOWED}`,
    'use "30s" unless you need finer resolution',
  );
  return seconds;
}

/** Records a problem unless `name` (of a Prometheus, an Alertmanager or the stack) is a DNS label. */
export function checkServerName(p: Problems, name: string): void {
  p.check(isDnsLabel(name), 'name', name, 'a lowercase DNS label of at most 63 characters', 'use a name like "monitoring"');
}

/** Records a problem unless `replicas` is absent or a whole number from 1 to 10. */
export function checkReplicas(p: Problems, replicas: number | undefined): void {
  if (replicas !== undefined) {
    p.check(
      Number.isInteger(replicas) && replicas >= 1 && replicas <= 10,
      'replicas',
      replicas,
      'a whole number from 1 to 10',
      'use 1 in small environments and 2 or more where alerting must survive a pod loss',
    );
  }
}

/** Records a problem unless `value` is absent or a Prometheus duration. */
export function checkPromDuration(p: Problems, field: string, value: string | undefined): void {
  if (value !== undefined) {
    p.check(
      typeof value === 'string' && value !== '' && PROM_DURATION.test(value),
      field,
      value,
      'a Prometheus duration such as "15d", "12h" or "2w"',
      'write a number with a unit (ms, s, m, h, d, w, y)',
    );
  }
}

/** Records every problem of a volume's options. */
export function checkStorage(p: Problems, storage: StorageOptions | undefined): void {
  if (storage === undefined) {
    return;
  }
  const wrong = byteQuantityProblem(storage.size, 2 ** 20);
  if (wrong) {
    p.add('size', storage.size, wrong.allowed, wrong.fix);
  }
  if (storage.storageClassName !== undefined) {
    p.check(
      isDnsLabel(storage.storageClassName, 253),
      'storageClassName',
      storage.storageClassName,
      'the name of a StorageClass',
      'use a StorageClass of the cluster, or leave it out for the default',
    );
  }
}

/** Bytes of a Prometheus byte size (`40GB` = 40e9, `500MiB` = 500 * 2^20). */
export function parseByteSize(value: string): number {
  const match = /^(([0-9]*[.])?[0-9]+)((K|M|G|T|E|P)(i?))?B$/.exec(value);
  if (!match) {
    return 0;
  }
  const powers: Record<string, number> = { K: 1, M: 2, G: 3, T: 4, P: 5, E: 6 };
  const exponent = match[4] ? powers[match[4]] : 0;
  return Number(match[1]) * (match[5] ? 1024 : 1000) ** exponent;
}

/** CPU and memory limits or requests as the generated CRD types want them (quantity classes). */
export function quantities<T>(resources: ResolvedResources, which: 'limit' | 'request', of: (value: string) => T): { cpu: T; memory: T } {
  return { cpu: of(resources.cpu[which]), memory: of(resources.memory[which]) };
}
