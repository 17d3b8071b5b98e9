import * as fs from 'fs'; import * as yaml from 'yaml';
import { synthesize } from '/work/main/stacks/main';
const f = yaml.parse(fs.readFileSync('/work/main/Pulumi.prod.yaml','utf8'));
f.config['kubeship:apps'].web.strategy.analysis.startingStep = 9;
f.config['kubeship:apps'].web.strategy.steps[3].pause = '1s';
fs.mkdirSync('/tmp/mm', {recursive: true}); fs.writeFileSync('/tmp/mm/Pulumi.prod.yaml', yaml.stringify(f));
try { synthesize([{ env: 'prod', configFile: '/tmp/mm/Pulumi.prod.yaml', outdir: '/tmp/mm/out' }]); console.log('OK'); } catch (e) { console.log((e as Error).message); }
