"""Running one exchange job off the GUI thread, with a progress dialog.

The job itself is ``qdadesk.ui.background.BackgroundJob``; this name stays for the exchange
actions and their callers.
"""

from __future__ import annotations

from qdadesk.ui.background import BackgroundJob, Work

ExchangeJob = BackgroundJob

__all__ = ["ExchangeJob", "Work"]
