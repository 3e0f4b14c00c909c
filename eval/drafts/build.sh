#!/usr/bin/env bash
# Rebuilds the held-out drafts in their committed formats from the Markdown sources in src/.
# Needs pandoc and LibreOffice (Debian packages pandoc, libreoffice-writer-nogui). The outputs are
# committed, so that measuring the corpus needs neither tool.
# Formats go by pairs of drafts in numbering order (01-02 DOCX, 03-04 PDF, 05-06 DOC, 07-08 TXT, then
# again), so that each half of the split (odd = write, even = check) holds three drafts of each format.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/src"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

format_of() {
  local number=$((10#${1:0:2}))
  case $(( ((number - 1) / 2) % 4 )) in
    0) echo docx ;; 1) echo pdf ;; 2) echo doc ;; 3) echo txt ;;
  esac
}

convert() { soffice "$profile" --headless --convert-to "$2" --outdir "$work" "$work/$1.docx" >/dev/null; }

rm -f "$here"/[0-9][0-9]-*.{docx,pdf,doc,txt}
for source in "$src"/[0-9][0-9]-*.md; do
  name="$(basename "$source" .md)"
  case "$(format_of "$name")" in
    docx) # Word's own list numbering (pandoc writes ordered lists as numbering definitions).
      pandoc "$source" -o "$here/$name.docx" ;;
    pdf) # as LibreOffice prints the DOCX
      pandoc "$source" -o "$work/$name.docx" && convert "$name" pdf && cp "$work/$name.pdf" "$here/" ;;
    doc) # legacy Word 97-2003, list numbers typed as text as in many older files
      sed -E 's/^([0-9]+)\. /\1\\. /; s/^\(([a-z]+)\) /\\(\1\\) /' "$source" > "$work/$name.md"
      pandoc "$work/$name.md" -o "$work/$name.docx" && convert "$name" doc && cp "$work/$name.doc" "$here/" ;;
    txt) # plain text as exported from an e-mail or a text editor, wrapped at 78 columns
      pandoc "$source" -t plain --columns=78 -o "$here/$name.txt" ;;
  esac
done
ls -l "$here"/[0-9][0-9]-*.{docx,pdf,doc,txt}
