#!/usr/bin/env bash
# Creates every secret of the docker compose deployment, once, in ./secrets (or the directory given). An existing
# secret is never overwritten: losing the master key makes complainants' personal data unreadable for good.
# Needs only openssl. See README, "Production", "Secrets" for what each one is and how to rotate it.
set -euo pipefail
dir="${1:-secrets}"
umask 077
mkdir -p "$dir"
chmod 700 "$dir"

secret() {
  local name=$1
  shift
  if [ -s "$dir/$name" ]; then
    echo "kept     $dir/$name (it exists)"
  else
    "$@" > "$dir/$name.tmp"
    mv "$dir/$name.tmp" "$dir/$name"
    echo "created  $dir/$name"
  fi
  # Compose without Swarm mounts secrets with these permissions, and the containers' non-root users must read
  # them; the directory (700) keeps everyone else on this host out.
  chmod 644 "$dir/$name"
}

secret master_key          openssl rand -base64 32          # wraps every complaint's data key
secret signing_key.pem     openssl genpkey -algorithm ed25519  # signs the 90-day reports
secret receipt_key         bash -c 'printf "1:%s\n" "$(openssl rand -base64 32)"'  # finds complaints by receipt code
secret mongo_keyfile       openssl rand -base64 756         # replica set members authenticate each other
secret mongo_root_password openssl rand -hex 32             # MongoDB administrator (init and maintenance only)
secret mongo_app_password  openssl rand -hex 32             # the service's MongoDB user
echo "Back up $dir/master_key, $dir/receipt_key and $dir/signing_key.pem somewhere safe, apart from database backups."
