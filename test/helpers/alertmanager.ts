import * as fs from 'fs';
import * as path from 'path';
import { ALERTMANAGER_CONFIG_DIR as CONFIG_MOUNT } from '../../constructs/notifications/config';
import { ALERTMANAGER_SECRETS_DIR as SECRETS_MOUNT } from '../../constructs/notifications/channels';
import { freePort, ToolServer, until } from './servers';
import { tempDir } from './tools';

/**
 * Lays out a config Secret's files and credential Secrets in a temporary directory as the operator
 * mounts them, rewriting only the two mount prefixes in `alertmanager.yaml`.
 */
export function mountLikeOperator(
  configFiles: Record<string, string>,
  secrets: Record<string, Record<string, string>> = {},
): { dir: string; configFile: string; remove: () => void } {
  const tmp = tempDir('alertmanager-mount');
  const configDir = path.join(tmp.dir, 'config');
  fs.mkdirSync(configDir);
  for (const [name, content] of Object.entries(configFiles)) {
    const text =
      name === 'alertmanager.yaml'
        ? content.split(`${CONFIG_MOUNT}/`).join(`${configDir}/`).split(`${SECRETS_MOUNT}/`).join(`${tmp.dir}/secrets/`)
        : content;
    fs.writeFileSync(path.join(configDir, name), text);
  }
  for (const [secret, keys] of Object.entries(secrets)) {
    fs.mkdirSync(path.join(tmp.dir, 'secrets', secret), { recursive: true });
    for (const [key, value] of Object.entries(keys)) {
      fs.writeFileSync(path.join(tmp.dir, 'secrets', secret, key), value);
    }
  }
  return { dir: tmp.dir, configFile: path.join(configDir, 'alertmanager.yaml'), remove: tmp.remove };
}

/**
 * A real Alertmanager (Debian trixie's 0.28.1) on 127.0.0.1 running the files of a config Secret as
 * the operator mounts them: the Secret's keys in one directory, each credential Secret's keys as
 * files. Only the two mount prefixes are rewritten to a temporary directory. Always `stop()` it.
 */
export class RealAlertmanager {
  public static async start(
    configFiles: Record<string, string>,
    secrets: Record<string, Record<string, string>>,
  ): Promise<RealAlertmanager> {
    const mounted = mountLikeOperator(configFiles, secrets);
    const port = await freePort();
    const server = new ToolServer('prometheus-alertmanager', [
      `--config.file=${mounted.configFile}`,
      `--storage.path=${path.join(mounted.dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ]);
    const am = new RealAlertmanager(server, `http://127.0.0.1:${port}`, mounted.remove);
    try {
      await until('Alertmanager to be ready', 20_000, async () => ((await fetch(`${am.base}/-/ready`)).ok ? true : undefined));
    } catch (e) {
      await am.stop();
      throw new Error(`${(e as Error).message}\nAlertmanager log:\n${server.log}`, { cause: e });
    }
    return am;
  }

  private constructor(
    private readonly server: ToolServer,
    public readonly base: string,
    private readonly cleanup: () => void,
  ) {}

  /** Posts alerts as Prometheus does (`/api/v2/alerts`). */
  public async post(alerts: Array<{ labels: Record<string, string>; annotations?: Record<string, string> }>): Promise<void> {
    const response = await fetch(`${this.base}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alerts.map((a) => ({ ...a, startsAt: new Date().toISOString() }))),
    });
    if (!response.ok) {
      throw new Error(`Alertmanager refused the alerts: ${response.status} ${await response.text()}`);
    }
  }

  public get log(): string {
    return this.server.log;
  }

  public async stop(): Promise<void> {
    await this.server.stop();
    this.cleanup();
  }
}
