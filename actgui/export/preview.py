"""A window that plays a recorded animation as it was written: the file read back, frame by frame.

GIF, APNG and WebP are read with Pillow (with the durations stored in the
file), MP4 with PyAV (at its frame rate), so what the preview shows is what
the slide will show, palette and all.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from actgui.ui.i18n.retranslate import Retranslating

MAX_SHOWN = (960, 640)
"""The largest size a frame is shown at; larger ones are scaled down."""


def read_frames(path: str | os.PathLike[str]) -> tuple[list[QImage], list[int]]:
    """The frames of an animated file and how long each is shown (ms)."""
    from PIL import Image, ImageSequence

    if Path(path).suffix.lower() == ".mp4":
        return _read_video(path)
    images: list[QImage] = []
    durations: list[int] = []
    with Image.open(path) as animation:
        for frame in ImageSequence.Iterator(animation):
            rgb = frame.convert("RGB")
            durations.append(int(frame.info.get("duration") or 50))
            images.append(_qimage(rgb.tobytes(), rgb.width, rgb.height))
    return images, durations


def _read_video(path: str | os.PathLike[str]) -> tuple[list[QImage], list[int]]:
    import av

    images: list[QImage] = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        rate = float(stream.average_rate or 20)
        for frame in container.decode(stream):
            rgb = frame.to_ndarray(format="rgb24")
            images.append(_qimage(rgb.tobytes(), rgb.shape[1], rgb.shape[0]))
    return images, [round(1000 / rate)] * len(images)


def _qimage(data: bytes, width: int, height: int) -> QImage:
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class PreviewDialog(Retranslating, QDialog):
    """Plays the animation at ``path`` in a loop, with pause and a frame counter."""

    def __init__(self, path: str | os.PathLike[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.frames, self.durations = read_frames(self.path)
        self.position = 0
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter = QLabel(self)
        self.play_button = QPushButton(self)
        self.play_button.setCheckable(True)
        self.play_button.setChecked(True)
        self.folder_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.counter, 1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.advance)
        self.play_button.toggled.connect(self._play_toggled)
        self.folder_button.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.accept)
        self.retranslate_ui()
        self._show()
        self._timer.start(self.durations[0] if self.durations else 50)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Preview: {name}").format(name=self.path.name))
        self.play_button.setText(self.tr("Pause") if self.play_button.isChecked() else self.tr("Play"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.close_button.setText(self.tr("Close"))
        self._show_counter()

    def advance(self) -> None:
        """Show the next frame (after the last, the first again)."""
        if not self.frames:
            return
        self.position = (self.position + 1) % len(self.frames)
        self._show()
        if self.play_button.isChecked():
            self._timer.start(self.durations[self.position])

    def _show(self) -> None:
        if not self.frames:
            return
        pixmap = QPixmap.fromImage(self.frames[self.position])
        if pixmap.width() > MAX_SHOWN[0] or pixmap.height() > MAX_SHOWN[1]:
            pixmap = pixmap.scaled(*MAX_SHOWN, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        self.picture.setPixmap(pixmap)
        self._show_counter()

    def _show_counter(self) -> None:
        total = len(self.frames)
        self.counter.setText(self.tr("Frame {n} of {total}").format(n=self.position + 1, total=total))

    def _play_toggled(self, playing: bool) -> None:
        self.retranslate_ui()
        if playing:
            self.advance()
        else:
            self._timer.stop()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def done(self, result: int) -> None:
        """Stop playing when closed."""
        self._timer.stop()
        super().done(result)
