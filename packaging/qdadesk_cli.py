"""PyInstaller entry point of the command line, ``qdadesk-cli`` (see build.spec)."""

import sys

from qdadesk.cli import main

sys.exit(main())
