#!/usr/bin/env bash
# Install CUPS with the cups-pdf printer, start the scheduler and add a queue "PDF"
# whose printed jobs land as PDF files in /var/spool/ceremony-cups-pdf (for tests).
# Idempotent: safe to run again. Needs root (apt-get, cupsd).
set -euo pipefail

QUEUE="${CEREMONY_CUPS_QUEUE:-PDF}"
OUT_DIR="${CEREMONY_CUPS_OUT:-/var/spool/ceremony-cups-pdf}"
as_root=()
((EUID == 0)) || as_root=(sudo)

if ! command -v cupsd >/dev/null || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq cups printer-driver-cups-pdf >/dev/null
fi

# cups-pdf writes to ${HOME}/PDF by default; one fixed folder is easier to watch.
"${as_root[@]}" mkdir -p "$OUT_DIR"
"${as_root[@]}" chmod 1777 "$OUT_DIR"
"${as_root[@]}" sed -i -E "s|^#?Out .*|Out ${OUT_DIR}|" /etc/cups/cups-pdf.conf
"${as_root[@]}" sed -i -E "s|^#?AnonDirName .*|AnonDirName ${OUT_DIR}|" /etc/cups/cups-pdf.conf

# No systemd here: start the scheduler by hand unless it already answers.
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    "${as_root[@]}" cupsd
    for _ in $(seq 1 50); do
        lpstat -r 2>/dev/null | grep -q "is running" && break
        sleep 0.1
    done
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    # "Printer drivers are deprecated" is harmless on CUPS 2.4.
    "${as_root[@]}" lpadmin -p "$QUEUE" -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
fi
"${as_root[@]}" cupsenable "$QUEUE"
"${as_root[@]}" cupsaccept "$QUEUE"
echo "CUPS queue ${QUEUE} ready; printed PDFs go to ${OUT_DIR}"
