"""The window's pictures of pages and regions: they live in ``qdadesk.render.page_images``
(``qdadesk-cli`` draws regions too, and never imports the window)."""

from __future__ import annotations

from qdadesk.render.page_images import (
    pdf_page_image,
    picture_image,
    region_image,
    region_pictures,
    region_png,
)

__all__ = ["pdf_page_image", "picture_image", "region_image", "region_pictures", "region_png"]
