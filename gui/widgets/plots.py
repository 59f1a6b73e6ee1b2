"""The Train page's loss plot (pyqtgraph, loaded when the page is first shown).

A plot reads left to right in every language: steps grow to the right and the loss axis stands
at the left, also inside a right-to-left (Arabic) window, where the mirrored layout put the axis
at the right with its title cut and its tick labels against the curve (issue 25, item 27). The
tick labels are numbers in the interface language's digits and separators (QLocale), as every
other number in the window.
"""

from __future__ import annotations

from math import ceil, log10

from PySide6.QtCore import QLocale, Qt


def _axis_class():
    import pyqtgraph as pg

    class LocalAxis(pg.AxisItem):
        """An axis whose tick labels are written by ``QLocale`` (Arabic: ٠٫٥, ١٠)."""

        def tickStrings(self, values, scale, spacing):  # noqa: N802
            if self.logMode or not values:
                return super().tickStrings(values, scale, spacing)
            loc = QLocale()
            loc.setNumberOptions(QLocale.OmitGroupSeparator)
            places = max(0, ceil(-log10(spacing * scale))) if spacing * scale > 0 else 0
            out = []
            for v in values:
                vs = v * scale
                if vs and (abs(vs) < 0.001 or abs(vs) >= 10000):
                    out.append(loc.toString(vs, "g", 4))
                else:
                    out.append(loc.toString(vs, "f", places))
            return out

        def relocalize(self) -> None:
            """Write the tick labels again (another language's digits)."""
            self.picture = None
            self.update()

    return LocalAxis


def loss_plot():
    """A ``pg.PlotWidget`` with locale-aware axes, laid out left to right whatever the language."""
    import pyqtgraph as pg

    axis = _axis_class()
    plot = pg.PlotWidget(axisItems={"left": axis(orientation="left"), "bottom": axis(orientation="bottom")})
    # The view and the scene's items: a QGraphicsWidget takes the application's direction, not
    # its view's, so the plot item is set too (its axes, view box and legend follow it).
    plot.setLayoutDirection(Qt.LeftToRight)
    plot.getPlotItem().setLayoutDirection(Qt.LeftToRight)
    plot.getAxis("left").setWidth(56)  # room for the title beside 4-digit ticks, in any script
    return plot


def relocalize(plot) -> None:
    if plot is not None:
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            if hasattr(axis, "relocalize"):
                axis.relocalize()
