#!/usr/bin/env bash
# Proves that the EAR deploys on Payara Server 7.2025.1 and serves the sign-in page:
# unpack the server from Maven Central, start a domain, deploy ear/target/banso.ear, fetch
# /signin.xhtml, stop. Needs the EAR built first (mvn verify or mvn package).
# Uses the embedded H2 database in a temporary data directory (no server configuration needed).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME AS_JAVA="$JAVA_HOME"
PAYARA_VERSION=7.2025.1
WORK=ear/target/payara-server
EAR=ear/target/banso.ear
[ -f "$EAR" ] || { echo "EAR check: $EAR is missing; build it first (mvn verify)"; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK"
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=fish.payara.distributions:payara:${PAYARA_VERSION}:zip -DoutputDirectory="$WORK"
unzip -q "$WORK/payara-${PAYARA_VERSION}.zip" -d "$WORK"
ASADMIN="$WORK/payara7/bin/asadmin"
DATA=$(mktemp -d /tmp/banso-ear-check.XXXXXX)

stop() { "$ASADMIN" stop-domain domain1 >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap stop EXIT

start=$(date +%s)
"$ASADMIN" start-domain domain1
"$ASADMIN" create-system-properties "banso.data.dir=${DATA}"
"$ASADMIN" deploy --name banso "$EAR"
echo "EAR check: domain started and EAR deployed in $(( $(date +%s) - start )) s"

status=$(curl -s -o "$WORK/signin.html" -w '%{http_code}' http://localhost:8080/signin.xhtml)
if [ "$status" != "200" ] || ! grep -q 'id="signin:email"' "$WORK/signin.html"; then
    echo "EAR check FAILED: /signin.xhtml answered $status"
    tail -n 80 "$WORK/payara7/glassfish/domains/domain1/logs/server.log" || true
    exit 1
fi
landing=$(curl -s http://localhost:8080/)
grep -q 'id="remainingPlaces"' <<<"$landing" || { echo "EAR check FAILED: landing page without programme"; exit 1; }
# README: the MicroProfile endpoints that Payara serves next to the application are switched off.
before=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/metrics)
"$ASADMIN" set-metrics-configuration --enabled=false
"$ASADMIN" set-openapi-configuration --enabled=false
for p in metrics openapi; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:8080/$p")
    [ "$code" != 200 ] || { echo "EAR check FAILED: /$p still answers 200 after the README's commands"; exit 1; }
done
echo "EAR check: /metrics answered $before before the README's commands, $(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/metrics) after"
echo "EAR check passed: banso.ear deployed on Payara Server ${PAYARA_VERSION}; the sign-in page and the landing page answer."
