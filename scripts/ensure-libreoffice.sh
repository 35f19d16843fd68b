#!/bin/sh
# Makes sure LibreOffice (soffice: Writer and Calc), poppler-utils (pdftotext, pdftoppm) and a
# Times-compatible font (Liberation Serif) are present.
# Used by the annex tests, which open the generated .docx and .xlsx in LibreOffice to prove they are
# well-formed and readable. Installs from Debian's packages with apt-get when a tool is missing.
# Exit status: 0 when every tool is available afterwards, 1 otherwise (with the reason on stderr).
set -u

missing=""
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer libreoffice-calc"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v pdftoppm >/dev/null 2>&1 || case "$missing" in *poppler-utils*) ;; *) missing="$missing poppler-utils" ;; esac

# Times New Roman is rendered with its metric twin Liberation Serif when the real font is absent.
if command -v fc-list >/dev/null 2>&1 && ! fc-list 2>/dev/null | grep -q "Liberation Serif"; then
  missing="$missing fonts-liberation"
fi

if [ -z "$missing" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-libreoffice: apt-get not found; install$missing by hand" >&2
  exit 1
fi

if [ "$(id -u)" = "0" ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  echo "ensure-libreoffice: not root and no password-less sudo; install$missing by hand" >&2
  exit 1
fi

echo "ensure-libreoffice: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$as_root apt-get -o DPkg::Lock::Timeout=900 update -qq >&2 || true
# shellcheck disable=SC2086
if ! $as_root apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends $missing >&2; then
  echo "ensure-libreoffice: apt-get install$missing failed" >&2
  exit 1
fi

command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1
