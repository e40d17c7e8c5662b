from __future__ import annotations


def register(subparsers):
    pass
