"""Pictures painted by Qt without a window: PNG and PDF of what the core draws as SVG.

Outside ``qdadesk.core`` (which never imports Qt) and outside ``qdadesk.ui`` (the window),
so that both the window and ``qdadesk-cli`` can use it. Its modules import PySide6 only
inside their functions: importing the package costs nothing, and a command line that never
asks for a picture never loads Qt. It depends on the core, never on the window.
"""
