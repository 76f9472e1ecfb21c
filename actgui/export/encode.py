"""Frames to an animated file in memory: GIF, APNG and WebP with Pillow, MP4 (H.264) with PyAV.

Every encoder returns bytes; the caller writes them with
:func:`actgui.files.atomic.write_atomic`, so a failed or cancelled recording
never leaves a file behind.

- **GIF**: one adaptive 256-colour palette for the whole animation, taken
  from the first, middle and last frames, and no dithering: a thin coloured
  curve keeps its colour instead of turning into speckles, and a shared
  palette does not flicker from frame to frame. GIF counts time in
  hundredths of a second, so a frame lasts a multiple of 10 ms.
- **APNG** and **WebP**: lossless, full colour.
- **MP4**: H.264 in yuv420p (what every player and slide program plays), at
  a constant rate; the held last frame is repeated. Needs PyAV, the optional
  extra ``actgui[video]``.

Qt-free, and Pillow is imported only when a file is encoded.
"""

from __future__ import annotations

import importlib.util
import io
import os
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from actgui.files.atomic import ExportError

if TYPE_CHECKING:
    from PIL import Image

ANIMATION_FORMATS = ("gif", "apng", "webp", "mp4")
"""The animated formats, by file extension."""

HOLD_MS = 1000
"""How long the last frame stays before the animation loops (or the video ends)."""

VIDEO_EXTRA = 'MP4 needs PyAV, which is not installed: pip install "actgui[video]"'
GIF_COLOURS = 256
GIF_EXACT = 176
"""How many of the GIF palette's colours are the figure's most frequent colours, kept exactly."""
MP4_CRF = 18
"""x264's constant rate factor: 18 keeps 1-pixel lines and small text sharp."""


def animation_format_of(path: str | os.PathLike[str]) -> str:
    """The animated format of a file name from its extension (ExportError for any other)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in ANIMATION_FORMATS:
        name = Path(path).name
        if not suffix:
            raise ExportError(
                f"cannot record to {name}: use a .gif, .apng, .webp or .mp4 file name, not no extension",
                "animation_no_extension",
                name=name,
            )
        hint = " (an animated PNG is .apng)" if suffix == "png" else ""
        raise ExportError(
            f"cannot record to {name}: use a .gif, .apng, .webp or .mp4 file name, not .{suffix}{hint}",
            "animation_png" if suffix == "png" else "animation_extension",
            name=name,
            suffix=f".{suffix}",
        )
    return suffix


def video_available() -> bool:
    """Whether PyAV (the ``video`` extra) is installed, so MP4 can be written."""
    return importlib.util.find_spec("av") is not None


def check_format(fmt: str) -> str:
    """Return ``fmt`` if it can be written here (ExportError for MP4 without PyAV)."""
    if fmt not in ANIMATION_FORMATS:
        raise ExportError(f"unknown animation format {fmt!r}", "animation_extension")
    if fmt == "mp4" and not video_available():
        raise ExportError(VIDEO_EXTRA, "video_extra")
    return fmt


def frame_duration_ms(fps: int) -> int:
    """How long one frame is shown at ``fps`` frames per second, in whole milliseconds."""
    return round(1000 / fps)


def durations(count: int, fps: int) -> list[int]:
    """Each shown frame's duration in ms: 1000/fps, the last one held for :data:`HOLD_MS`."""
    step = frame_duration_ms(fps)
    return [step] * (count - 1) + [max(step, HOLD_MS)]


def encode(frames: Sequence[Image.Image], order: Sequence[int], fps: int, fmt: str) -> bytes:
    """Encode ``frames`` shown in ``order`` at ``fps`` as ``fmt`` bytes.

    Parameters
    ----------
    frames
        The recorded frames (RGB images of one size).
    order
        Indices into ``frames``, in the order they are shown (a bounce
        shows most frames twice).
    fps
        Frames per second.
    fmt
        One of :data:`ANIMATION_FORMATS`.
    """
    check_format(fmt)
    if not frames or not order:
        raise ExportError("an animation needs at least one frame", "no_frames")
    shown = [frames[i] for i in order]
    if fmt == "mp4":
        return _mp4(shown, fps)
    times = durations(len(shown), fps)
    buffer = io.BytesIO()
    if fmt == "gif":
        paletted = _gif_frames(frames)
        shown = [paletted[i] for i in order]
        shown[0].save(
            buffer, "GIF", save_all=True, append_images=shown[1:], duration=times, loop=0, disposal=1
        )
    elif fmt == "apng":
        shown[0].save(buffer, "PNG", save_all=True, append_images=shown[1:], duration=times, loop=0)
    else:
        shown[0].save(
            buffer, "WEBP", save_all=True, append_images=shown[1:], duration=times, loop=0,
            lossless=True, quality=80, method=3,
        )  # fmt: skip
    return buffer.getvalue()


def _packed(image: Image.Image) -> np.ndarray:
    """Each pixel's colour as one integer 0xRRGGBB."""
    rgb = np.asarray(image.convert("RGB"), dtype=np.uint32)
    return (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]


def _unpacked(colours: np.ndarray) -> np.ndarray:
    return np.stack([(colours >> 16) & 255, (colours >> 8) & 255, colours & 255], axis=-1).astype(np.int32)


def gif_palette(frames: Sequence[Image.Image]) -> np.ndarray:
    """The animation's palette: (n, 3) colours, n at most 256.

    A figure is mostly flat colours (background, curves, text) plus their
    antialiased edges. The most frequent colours of the first, middle and
    last frames are kept exactly (:data:`GIF_EXACT` of them), so a curve
    keeps its exact colour; the rest of the palette is a median cut of the
    same frames, for gradients such as the playground's heatmap.
    """
    from PIL import Image

    picks = sorted({0, len(frames) // 2, len(frames) - 1})
    pixels = np.concatenate([_packed(frames[i]).ravel() for i in picks])
    colours, counts = np.unique(pixels, return_counts=True)
    if colours.size <= GIF_COLOURS:
        return _unpacked(colours)
    exact = colours[np.argsort(counts, kind="stable")[::-1][:GIF_EXACT]]
    width, height = frames[0].size
    sample = Image.new("RGB", (width, height * len(picks)))
    for row, index in enumerate(picks):
        sample.paste(frames[index], (0, row * height))
    spread = sample.quantize(GIF_COLOURS - GIF_EXACT, method=Image.Quantize.MEDIANCUT)
    cut = np.asarray(spread.getpalette() or [], dtype=np.int32)[: 3 * (GIF_COLOURS - GIF_EXACT)]
    cut = cut.reshape(-1, 3)
    extra = (cut[:, 0] << 16) | (cut[:, 1] << 8) | cut[:, 2]
    return _unpacked(np.unique(np.concatenate([exact, extra.astype(np.uint32)]))[:GIF_COLOURS])


def _gif_frames(frames: Sequence[Image.Image]) -> list[Image.Image]:
    """The frames mapped to one shared palette (:func:`gif_palette`), each pixel to its nearest colour.

    No dithering: a thin line is drawn in one colour, not in speckles, and
    the shared palette does not flicker from frame to frame.
    """
    from PIL import Image

    palette = gif_palette(frames)
    flat = palette.astype(np.uint8).ravel().tolist()
    table = np.zeros(1 << 24, dtype=np.uint8)  # colour -> palette index, filled for the colours seen
    known = np.zeros(1 << 24, dtype=bool)
    paletted = []
    for frame in frames:
        packed = _packed(frame)
        new = np.unique(packed[~known[packed]])  # most frames bring few new colours
        for start in range(0, new.size, 4096):  # bounded memory for the distance matrix
            chunk = new[start : start + 4096]
            distances = ((_unpacked(chunk)[:, None, :] - palette[None, :, :]) ** 2).sum(axis=-1)
            table[chunk] = distances.argmin(axis=1)
        known[new] = True
        image = Image.fromarray(table[packed], "P")
        image.putpalette(flat)
        paletted.append(image)
    return paletted


def _mp4(shown: Sequence[Image.Image], fps: int) -> bytes:
    import av

    width, height = shown[0].size
    # yuv420p halves the chroma resolution: the sides must be even.
    even = (width + width % 2, height + height % 2)
    buffer = io.BytesIO()
    held = max(1, round(HOLD_MS * fps / 1000))
    sequence = [*shown, *[shown[-1]] * (held - 1)]
    with av.open(buffer, mode="w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=Fraction(fps, 1))
        stream.width, stream.height = even
        stream.pix_fmt = "yuv420p"
        stream.options = {"crf": str(MP4_CRF), "preset": "medium", "tune": "stillimage"}
        for image in sequence:
            padded = image if image.size == even else _pad(image, even)
            for packet in stream.encode(av.VideoFrame.from_image(padded)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buffer.getvalue()


def _pad(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """``image`` on a canvas of ``size``, the extra row or column in its corner's colour."""
    from PIL import Image

    canvas = Image.new("RGB", size, image.getpixel((image.width - 1, image.height - 1)))
    canvas.paste(image, (0, 0))
    return canvas
