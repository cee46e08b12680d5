"""Charts and logos as images in a rendered Word document.

Charts are drawn by the shared builders of :mod:`app.export.charts` from the
plain data of a :class:`app.export.context.ChartSpec` and rendered at print
resolution (220 dpi, lossless PNG). Each image carries alternative text (the
chart's title) for screen readers; the text is client-safe by construction
(it is the caption, never data). Rendered charts are cached by their data, so
exporting several audiences of one deal draws each chart once.
"""

from __future__ import annotations

import io
from functools import lru_cache

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage

from app.export import charts
from app.export.context import ChartSpec

CHART_DPI = 220
"""Print resolution of the charts (the issue asks for at least 200 dpi)."""


@lru_cache(maxsize=48)
def chart_png(spec: ChartSpec) -> bytes:
    """The chart of ``spec`` as PNG bytes (cached by its data)."""
    builder = getattr(charts, spec.builder)
    figure = builder(*spec.args, **dict(spec.kwargs))
    return charts.figure_png(figure, dpi=CHART_DPI)


class DescribedImage(InlineImage):
    """An inline image whose drawing carries alternative text (``descr``) and a title."""

    def __init__(self, tpl: DocxTemplate, data: bytes, *, width_mm: float, alt: str) -> None:
        super().__init__(tpl, io.BytesIO(data), width=Mm(width_mm))
        self.data, self.alt = data, alt

    def _insert_image(self) -> str:
        self.image_descriptor = io.BytesIO(self.data)
        inline = self.tpl.current_rendering_part.new_pic_inline(
            self.image_descriptor, self.width, self.height)
        inline.docPr.set("descr", self.alt)
        inline.docPr.set("title", self.alt)
        inline.docPr.set("name", self.alt[:60])
        return (f"</w:t></w:r><w:r><w:drawing>{inline.xml}</w:drawing></w:r><w:r>"
                '<w:t xml:space="preserve">')


def chart_images(tpl: DocxTemplate, specs: dict[str, ChartSpec | None]) -> dict[str, DescribedImage | None]:
    """``charts`` of the context as images for ``tpl`` (absent charts stay ``None``)."""
    return {name: None if spec is None else
            DescribedImage(tpl, chart_png(spec), width_mm=spec.width_mm, alt=spec.alt)
            for name, spec in specs.items()}


def logo_images(tpl: DocxTemplate, names: dict[str, str | None],
                attachments: dict[str, bytes] | None, alts: dict[str, str]) -> dict[str, DescribedImage | None]:
    """The client's and our logos (attachments of the deal file) as images, when provided."""
    found: dict[str, DescribedImage | None] = {}
    for who, name in names.items():
        data = (attachments or {}).get(name) if name else None
        found[who] = (DescribedImage(tpl, data, width_mm=32 if who == "ours" else 28, alt=alts[who])
                      if data else None)
    return found
