#!/bin/sh
# qdadesk-cli: QDA Desk's command line (Linux bundle). The window's program holds the same
# modules, so this runs it in command-line mode rather than ship a second copy of them.
here=$(dirname "$(readlink -f "$0")")
exec "$here/qdadesk" --cli "$@"
