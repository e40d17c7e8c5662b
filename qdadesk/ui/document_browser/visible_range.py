"""Which part of a QTextEdit's document is on screen, measured on laid-out blocks.

QTextEdit.cursorForPosition is not used for this: while Qt is still laying a new or resized
document out lazily, its hit test lands on the first block not yet laid out (which sits at
y 0), so a freshly opened document reported a visible range after its own end.
"""

from __future__ import annotations

from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument


def visible_range(document: QTextDocument, top: float, bottom: float) -> tuple[int, int]:
    """First and last Qt position of the lines between ``top`` and ``bottom`` (document y)."""
    layout = document.documentLayout()
    block = _first_block_below(document, layout, top)
    first = _line_position(block, layout, top, first=True)
    last_block = block
    following = block.next()
    while following.isValid() and layout.blockBoundingRect(following).top() < bottom:
        last_block = following
        following = following.next()
    last = _line_position(last_block, layout, bottom, first=False)
    return first, max(first, last)


def _first_block_below(
    document: QTextDocument, layout: QAbstractTextDocumentLayout, y: float
) -> QTextBlock:
    """The first block whose bottom is below ``y`` (document coordinates).

    Gallops from the start, then bisects: only the blocks up to the one on screen are laid
    out, as Qt must do anyway to paint them.
    """
    count = document.blockCount()

    def bottom(number: int) -> float:
        return layout.blockBoundingRect(document.findBlockByNumber(number)).bottom()

    high = 0
    step = 1
    while high < count - 1 and bottom(high) <= y:
        high = min(count - 1, high + step)
        step *= 2
    low = max(0, high - step // 2)
    while low < high:
        middle = (low + high) // 2
        if bottom(middle) <= y:
            low = middle + 1
        else:
            high = middle
    return document.findBlockByNumber(low)


def _line_position(
    block: QTextBlock, layout: QAbstractTextDocumentLayout, y: float, first: bool
) -> int:
    """The Qt position where the line of ``block`` at height ``y`` starts (``first``) or ends."""
    layout.blockBoundingRect(block)  # lays the block out
    text_layout = block.layout()
    if text_layout is None or text_layout.lineCount() == 0:
        return block.position()
    block_top = text_layout.position().y()
    chosen = text_layout.lineAt(0 if first else text_layout.lineCount() - 1)
    for index in range(text_layout.lineCount()):
        line = text_layout.lineAt(index)
        line_top = block_top + line.y()
        if first and line_top + line.height() > y:
            chosen = line
            break
        if not first and line_top < y:
            chosen = line
    if first:
        return block.position() + chosen.textStart()
    return block.position() + chosen.textStart() + chosen.textLength()
