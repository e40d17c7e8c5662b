"""The Document Browser: the open document with its codings, stripes, memos, find and zoom."""

from __future__ import annotations

from qdadesk.ui.document_browser.browser import DocumentBrowser

__all__ = ["DocumentBrowser"]
