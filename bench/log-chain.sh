#!/usr/bin/env bash
# The cost of the access log's hash chain (migration 0018): pgbench inserts access-log rows, one
# row per transaction with 1 and 8 clients and 100 rows per statement (a subjects(codes:) batch),
# with the chain trigger on and then off. Needs a superuser or the owner in $1 (it turns the
# trigger off for the baseline, and on again), on a migrated database that may grow by a few
# hundred thousand rows: use a test or bench database, never production.
#   bench/log-chain.sh postgres://postgres@127.0.0.1:5432/credit_bench_test [seconds]
set -euo pipefail
url="$1"
seconds="${2:-10}"
dir="$(mktemp -d)"
trap 'psql "$url" -qAtc "alter table access_log enable trigger access_log_chain"; rm -rf "$dir"' EXIT
row="'2026-01-05T02:00:00Z', 'INSTITUTION', '某商业银行北京分行', '91110000100010001X', '91110108MA01C3D473', '贷前审查'"
columns='occurred_at, role, organization_name, organization_code, subject_code, purpose, operation'
echo "insert into access_log ($columns) values ($row, 'query SubjectProfile');" >"$dir/one.sql"
echo "insert into access_log ($columns) select $row, 'query SubjectsBatch' from generate_series(1, 100);" >"$dir/batch.sql"
run() {
  pgbench "$url" -n -T "$seconds" -c "$2" -j "$2" -f "$dir/$1" 2>&1 \
    | awk '/^latency average/ { l = $4 } /^tps/ { t = $3 } END { printf "%8.0f tx/s %8.2f ms\n", t, l }'
}
for chain in on off; do
  if [ "$chain" = on ]; then state=enable; else state=disable; fi
  psql "$url" -qAtc "alter table access_log $state trigger access_log_chain"
  echo "chain $chain, 1 row a transaction, 1 client:    $(run one.sql 1)"
  echo "chain $chain, 1 row a transaction, 8 clients:   $(run one.sql 8)"
  echo "chain $chain, 100 rows a statement, 1 client:   $(run batch.sql 1)"
done
