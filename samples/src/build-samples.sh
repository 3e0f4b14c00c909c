#!/usr/bin/env bash
# Rebuilds the sample contracts in their committed formats from the Markdown sources here.
# Needs pandoc and LibreOffice (Debian packages pandoc, libreoffice-writer-nogui). The outputs are
# committed, so that tests and users do not need either tool.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

docx() { pandoc "$here/$1.md" -o "$work/$1.docx"; }
convert() { soffice "$profile" --headless --convert-to "$2" --outdir "$work" "$work/$1.docx" >/dev/null; }

# DOCX, with Word's own list numbering (pandoc writes ordered lists as numbering definitions).
for name in partial-protections-consulting-agreement negations-master-services-agreement \
            nearshore-team-statement-of-work; do
  docx "$name" && cp "$work/$name.docx" "$out/"
done
# PDF, as LibreOffice prints the DOCX.
for name in vendor-keeps-ip-saas-terms we-you-ai-agency-terms; do
  docx "$name" && convert "$name" pdf && cp "$work/$name.pdf" "$out/"
done
# Legacy Word 97-2003 .doc, with section numbers typed as text as in many older files (LibreOffice's
# .doc export would split pandoc's nested lists into separately numbered lists).
for name in weak-conditional-development-agreement joint-ownership-pilot-agreement; do
  sed -E 's/^([0-9]+)\. /\1\\. /; s/^    ([a-z])\. /\\(\1\\) /' "$here/$name.md" > "$work/$name.md"
  pandoc "$work/$name.md" -o "$work/$name.docx" && convert "$name" doc && cp "$work/$name.doc" "$out/"
done
