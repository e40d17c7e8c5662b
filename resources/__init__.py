"""Icons, the sample project and translations (installed as qdadesk.resources)."""
