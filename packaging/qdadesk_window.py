"""PyInstaller entry point of the window, ``qdadesk`` (see build.spec).

On Linux the bundle's ``qdadesk-cli`` is a two-line launcher that runs this program with
``--cli`` first: the command line then shares this program's modules instead of carrying a
second copy of them (11 MB). Windows and macOS get a separate console program.
"""

import sys

if sys.argv[1:2] == ["--cli"]:
    from qdadesk.cli import main as cli_main

    sys.exit(cli_main(sys.argv[2:]))

from qdadesk.app import main  # noqa: E402

sys.exit(main())
