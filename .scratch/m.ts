import * as fs from 'fs'; import * as yaml from 'yaml';
import { synthesize } from '/work/main/stacks/main';
const f = yaml.parse(fs.readFileSync('/work/main/Pulumi.prod.yaml','utf8'));

f.config['kubeship:apps'].web.strategy.nginx.host = 'x'.repeat(312) + '.example.com';


fs.mkdirSync('/tmp/mm', {recursive: true}); fs.writeFileSync('/tmp/mm/Pulumi.prod.yaml', yaml.stringify(f));
try { synthesize([{ env: 'prod', configFile: '/tmp/mm/Pulumi.prod.yaml', outdir: '/tmp/mm/out' }]); console.log('OK'); } catch (e) { console.log((e as Error).message); }
