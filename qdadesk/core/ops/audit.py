"""Reading the audit trail (written by ``qdadesk.core.store.audit``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store.audit import CODING_COUNTS

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail."""

    id: int
    when: str  # ISO 8601 UTC
    user: str
    action: str
    what: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {
            "when": self.when,
            "user": self.user,
            "action": self.action,
            "what": self.what,
            "detail": self.detail,
        }


class AuditOps(ProjectParts):
    def audit_entries(
        self,
        action: str | None = None,
        user: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[AuditEntry]:
        """The audit trail, oldest first; ``since``/``until`` are dates or timestamps
        (``until`` inclusive of that whole day when a date is given)."""
        clauses, params = [], []
        if action:
            clauses.append("action = ?")
            params.append(action)
        if user:
            clauses.append("user = ?")
            params.append(user)
        if since:
            clauses.append("at >= ?")
            params.append(since)
        if until:
            clauses.append("at < ?")
            params.append(until + "\uffff" if len(until) == 10 else until)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return [
            AuditEntry(*row)
            for row in self.db.execute(
                f"SELECT id, at, user, action, what, detail FROM audit_log {where} ORDER BY id",
                params,
            )
        ]

    def audit_actions(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT action FROM audit_log ORDER BY 1")]

    def audit_users(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT user FROM audit_log ORDER BY 1")]

    def coding_counts_over_time(self) -> list[tuple[str, dict[str, int]]]:
        """(date, {code path: segments}) for each daily snapshot, oldest first."""
        return [
            (at[:10], json.loads(detail))
            for at, detail in self.db.execute(
                "SELECT at, detail FROM audit_log WHERE action = ? ORDER BY id", [CODING_COUNTS]
            )
        ]

    def coding_counts_table(self) -> pd.DataFrame:
        """The daily snapshots as a table: a ``code`` column (path), then one column of
        segment counts per date (a code missing on a date had not been made yet: empty)."""
        import pandas as pd

        snapshots = self.coding_counts_over_time()
        dates: dict[str, dict[str, int]] = {}
        for day, counts in snapshots:
            dates[day] = counts  # the last snapshot of a day wins
        codes = sorted({path for counts in dates.values() for path in counts})
        rows = [{"code": path, **{day: dates[day].get(path) for day in dates}} for path in codes]
        return pd.DataFrame(rows, columns=["code", *dates], dtype=object)
