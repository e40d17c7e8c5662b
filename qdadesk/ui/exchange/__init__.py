"""File menu entries for REFI-QDA exchange: import/export projects and codebooks."""
