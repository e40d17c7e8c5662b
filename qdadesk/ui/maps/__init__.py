"""The Maps window (Visual Tools -> Maps) and rendering maps with Qt."""
