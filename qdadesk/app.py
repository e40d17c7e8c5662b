"""Entry point of the window: ``qdadesk [PROJECT] [--sample]``, ``qdadesk --self-test``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--version" in args:
        # Answered before Qt loads, so it works without a display (and checks a bundle).
        from qdadesk import __version__

        print(f"qdadesk {__version__}")
        return 0
    if "--self-test" in args:
        from qdadesk.ui.self_test import run_self_test

        return run_self_test()
    from qdadesk.ui.application import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
