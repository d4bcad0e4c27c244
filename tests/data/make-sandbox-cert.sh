#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes sandbox-cert.pem and sandbox-key.pem: a self-signed EC P-256
# certificate for localhost and 127.0.0.1, valid 2026-01-01 to 2046-01-01.
# `openssl ca` rather than `openssl req -x509`, because only it sets the start
# date: a certificate valid from "now" fails on a machine whose clock is behind.
set -euo pipefail
out=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > ca.cnf <<'CONF'
[ca]
default_ca = sandbox
[sandbox]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
[any]
commonName = supplied
[ext]
basicConstraints = critical, CA:true
keyUsage = critical, digitalSignature, keyCertSign
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = DNS:localhost, IP:127.0.0.1
CONF
touch index.txt
echo 01 > serial
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout key.pem -out request.csr -subj /CN=localhost
openssl ca -batch -notext -selfsign -config ca.cnf -extensions ext -keyfile key.pem \
    -in request.csr -startdate 20260101000000Z -enddate 20460101000000Z -out cert.pem
cp cert.pem "$out/sandbox-cert.pem"
cp key.pem "$out/sandbox-key.pem"
openssl verify -CAfile "$out/sandbox-cert.pem" "$out/sandbox-cert.pem"
