"""Maps: Miles & Huberman's network displays (concept maps, causal networks), drawn by hand
or generated from the coding, rendered without a screen (SVG, JSON) and exchanged."""
