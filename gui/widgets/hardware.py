"""Live graphs of the machine's load: CPU, memory and, when there are any, each NVIDIA GPU's
utilisation and VRAM (issue 18, feature 5; on the Train page).

A view over ``appliance.system.monitor``: once a second, while the panel is on screen, it reads
the CPU and memory on the UI thread (``host_usage``: a read of ``/proc``) and asks nvidia-smi for
the GPUs in a ``QProcess`` (``GPU_QUERY``, parsed by ``parse_gpu_usage``), so a slow or hung
driver never blocks the window. The graphs are drawn with QPainter (the page's loss plot is
pyqtgraph, loaded late; these stay cheap). Numbers and sizes are formatted by ``QLocale`` so
each language shows its own digits. Time runs left to right in every language, as on the loss
plot beside it.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import deque

from PySide6.QtCore import QEvent, QLocale, QPointF, QProcess, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from appliance.system import monitor

HISTORY = 60  # samples kept per graph: one minute at one a second
INTERVAL_MS = 1000
GPU_TIMEOUT_S = 5  # an nvidia-smi that has not answered by then is killed (a hung driver)
COLORS = {"cpu": "#1f77b4", "memory": "#2ca02c", "gpu": "#ff7f0e", "vram": "#9467bd"}


class Graph(QWidget):
    """One line graph: the last ``HISTORY`` values of one quantity, from 0 to ``maximum``."""

    def __init__(self, color: str, parent=None):
        super().__init__(parent)
        self.color = QColor(color)
        self.values: deque[float] = deque(maxlen=HISTORY)
        self.maximum = 100.0
        self.setMinimumSize(120, 16)  # a sparkline where the page is cramped (Arabic at 1024×700)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def add(self, value: float, maximum: float | None = None) -> None:
        if maximum:
            self.maximum = float(maximum)
        self.values.append(max(0.0, float(value)))
        self.update()

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        r = self.rect().adjusted(0, 0, -1, -1)
        pal = self.palette()
        p.fillRect(r, pal.base())
        p.setPen(QPen(pal.mid().color(), 1, Qt.DotLine))
        for frac in (0.25, 0.5, 0.75):
            y = r.top() + r.height() * frac
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        p.setPen(QPen(pal.mid().color(), 1))
        p.drawRect(r)
        if self.values:
            step = r.width() / (HISTORY - 1)
            x0 = r.right() - step * (len(self.values) - 1)  # the newest sample at the right edge
            top = max(self.maximum, 1e-9)
            points = [
                QPointF(x0 + i * step, r.bottom() - min(v / top, 1.0) * (r.height() - 2))
                for i, v in enumerate(self.values)
            ]
            area = QPainterPath(QPointF(points[0].x(), r.bottom()))
            for pt in points:
                area.lineTo(pt)
            area.lineTo(QPointF(points[-1].x(), r.bottom()))
            fill = QColor(self.color)
            fill.setAlpha(50)
            p.fillPath(area, fill)
            p.setPen(QPen(self.color, 1.6))
            p.drawPolyline(points)
        p.end()


class Tile(QWidget):
    """A graph under its title and its latest value."""

    def __init__(self, color: str, parent=None):
        super().__init__(parent)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setVerticalSpacing(1)
        self.title, self.value = QLabel(), QLabel()
        self.value.setAlignment(Qt.AlignTrailing | Qt.AlignVCenter)
        for lbl in (self.title, self.value):
            lbl.setStyleSheet("font-size:9pt;")
        self.graph = Graph(color)
        lay.addWidget(self.title, 0, 0)
        lay.addWidget(self.value, 0, 1)
        lay.addWidget(self.graph, 1, 0, 1, 2)
        lay.setRowStretch(1, 1)
        lay.setColumnStretch(1, 1)  # the title at the reading start, the value at the end


class HardwarePanel(QWidget):
    """CPU, memory and each GPU as live graphs, sampled once a second while shown.

    ``sampled`` carries each ``monitor.Sample`` (its GPUs: nvidia-smi's latest answer)."""

    sampled = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        self.tiles_layout = QVBoxLayout(body)
        self.tiles_layout.setContentsMargins(0, 0, 0, 0)
        self.tiles_layout.setSpacing(4)
        scroll = QScrollArea()  # many GPUs scroll rather than squeeze
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(40)  # no taller than the loss plot needs: the page fits 1024×700
        outer.addWidget(scroll, 1)
        self.cpu, self.memory = Tile(COLORS["cpu"]), Tile(COLORS["memory"])
        for tile in (self.cpu, self.memory):
            self.tiles_layout.addWidget(tile, 1)
        self.gpu_tiles: dict[int, tuple[Tile, Tile]] = {}
        self.samples = 0
        self.last: monitor.Sample | None = None
        self._gpus: tuple[monitor.GpuUsage, ...] = ()
        # One process object, started again for each question: never deleted while Qt uses it.
        self._proc = QProcess(self)
        self._proc.setStandardErrorFile(QProcess.nullDevice())
        self._proc.finished.connect(self._gpu_answer)
        self._proc.errorOccurred.connect(self._gpu_failed)
        self._proc_started = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.retranslate()

    def sizeHint(self):  # noqa: N802
        # Little: it takes the height the loss plot beside it gets (its tiles scroll), so the
        # Train page fits 1024×700 with a GPU or several.
        return QSize(250, 60)

    # Sampling ---------------------------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not self.timer.isActive():
            self.tick()  # a first point now, not a second later
            self.timer.start()

    def hideEvent(self, event):  # noqa: N802
        self.timer.stop()
        self._stop_gpu_query()
        super().hideEvent(event)

    def tick(self) -> None:
        cpu, used, total = monitor.host_usage()
        self._ask_gpus()
        s = monitor.Sample(time.monotonic(), cpu, used, total, self._gpus)
        self.last = s
        self.samples += 1
        self.cpu.graph.add(cpu, 100)
        self.memory.graph.add(used, total)
        for g in s.gpus:
            util, vram = self._gpu_tiles(g)
            util.graph.add(g.utilization or 0.0, 100)
            vram.graph.add(g.memory_used, g.memory_total)
        self._show_values()
        self.sampled.emit(s)

    def _ask_gpus(self) -> None:
        """Start nvidia-smi (never waited for: its answer is used by the next tick)."""
        proc = self._proc
        if proc.state() != QProcess.NotRunning:
            if time.monotonic() - self._proc_started > GPU_TIMEOUT_S:
                self._stop_gpu_query()  # hung: ask again at the next tick
            return
        exe = shutil.which(monitor.GPU_QUERY[0])
        if exe is None:
            self._gpus = ()
            return
        self._proc_started = time.monotonic()
        proc.start(exe, list(monitor.GPU_QUERY[1:]))

    def _gpu_answer(self, code: int, status) -> None:
        if status != QProcess.NormalExit:  # killed (hidden, or hung): the last answer stands
            return
        text = bytes(self._proc.readAllStandardOutput()).decode("utf-8", "replace") if code == 0 else ""
        self._gpus = monitor.parse_gpu_usage(text, os.environ.get("CUDA_VISIBLE_DEVICES"))

    def _gpu_failed(self, error) -> None:
        if error == QProcess.FailedToStart:
            self._gpus = ()

    def _stop_gpu_query(self) -> None:
        if self._proc.state() != QProcess.NotRunning:
            self._proc.kill()
            self._proc.waitForFinished(500)

    def _gpu_tiles(self, g: monitor.GpuUsage) -> tuple[Tile, Tile]:
        if g.index not in self.gpu_tiles:
            pair = (Tile(COLORS["gpu"]), Tile(COLORS["vram"]))
            for tile in pair:
                tile.setToolTip(g.name)
                self.tiles_layout.addWidget(tile, 1)
            self.gpu_tiles[g.index] = pair
            self._title_gpus()
        return self.gpu_tiles[g.index]

    # Texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setToolTip(self.tr("This machine's load, once a second"))
        self.cpu.title.setText(self.tr("CPU"))
        self.memory.title.setText(self.tr("Memory"))
        self._title_gpus()
        self._show_values()

    def _title_gpus(self) -> None:
        loc = QLocale()
        for index, (util, vram) in self.gpu_tiles.items():
            n = loc.toString(index)
            util.title.setText(self.tr("GPU {n} load").format(n=n))
            vram.title.setText(self.tr("GPU {n} memory").format(n=n))

    def _percent(self, value: float | None) -> str:
        if value is None:
            return "–"
        loc = QLocale()
        return loc.toString(float(value), "f", 0) + loc.percent()

    def _sizes(self, used: int, total: int) -> str:
        loc = QLocale()
        return self.tr("{used} of {total}").format(
            used=loc.formattedDataSize(used, 1), total=loc.formattedDataSize(total, 1)
        )

    def _show_values(self) -> None:
        s = self.last
        if s is None:
            for tile in (self.cpu, self.memory):
                tile.value.setText("–")
            return
        self.cpu.value.setText(self._percent(s.cpu_percent))
        self.memory.value.setText(self._sizes(s.memory_used, s.memory_total))
        for g in s.gpus:
            util, vram = self.gpu_tiles[g.index]
            util.value.setText(self._percent(g.utilization))
            vram.value.setText(self._sizes(g.memory_used, g.memory_total))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            # The new language's QLocale is set just after its catalog (gui/i18n.py): numbers
            # are formatted again once it is.
            QTimer.singleShot(0, self, self._relocalize)
        super().changeEvent(event)

    def _relocalize(self) -> None:
        self._title_gpus()
        self._show_values()
