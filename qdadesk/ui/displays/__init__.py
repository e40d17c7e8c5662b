"""Window parts of the displays: the Visual Tools and Reports menus."""
