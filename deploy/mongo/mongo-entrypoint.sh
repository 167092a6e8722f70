#!/bin/bash
# Compose without Swarm mounts a secret with the host file's owner and mode, and mongod refuses a keyfile that
# anyone but its own user can read: copy it into place for the mongodb user, then run the image's entrypoint.
set -euo pipefail
install -m 0400 -o mongodb -g mongodb /run/secrets/mongo_keyfile /etc/mongo-keyfile
exec docker-entrypoint.sh "$@"
