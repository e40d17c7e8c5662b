"""Groups of project operations, combined into ``qdadesk.core.Project``."""
