"""QDA Desk: offline qualitative data analysis in one portable project file."""

__version__ = "0.1.0"
