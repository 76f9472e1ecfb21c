"""The lessons' titles, explanations and run names, in the user's language.

Every number in a text was measured (``tests/model/test_lessons.py`` pins
the claims on seeds the playground does not show); the ranges are over
seeds 1 to 20 (Dead ReLUs: seeds 100 to 119).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def run_label(lesson_id: str, run: str) -> str:
    """The short name of a lesson's baseline or variant, as the plot and the summary show it."""
    labels = {
        ("linear_xor", "baseline"): QCoreApplication.translate("LessonPanel", "linear"),
        ("linear_xor", "tanh"): QCoreApplication.translate("LessonPanel", "tanh"),
        ("sigmoid_saturation", "baseline"): QCoreApplication.translate("LessonPanel", "sigmoid ×50"),
        ("sigmoid_saturation", "x4"): QCoreApplication.translate("LessonPanel", "sigmoid ×4"),
        ("dead_relu", "baseline"): QCoreApplication.translate("LessonPanel", "ReLU, rate 3"),
        ("dead_relu", "lr_0.1"): QCoreApplication.translate("LessonPanel", "ReLU, rate 0.1"),
        ("dead_relu", "leaky_relu"): QCoreApplication.translate("LessonPanel", "Leaky ReLU, rate 3"),
    }
    return labels.get((lesson_id, run), run)


def lesson_texts() -> dict[str, tuple[str, str]]:
    """Title and explanation of each lesson."""
    return {
        "linear_xor": (
            QCoreApplication.translate("LessonPanel", "Linear activation cannot solve XOR"),
            QCoreApplication.translate(
                "LessonPanel",
                "<b>Baseline:</b> two hidden layers with the linear activation f(z) = z. Every layer "
                "computes x·W + b, and a stack of them is again one x·W + b: however many layers, the "
                "network draws <b>one straight line</b>. On XOR's four quadrants a straight line gets "
                "at most three of them right, <b>75 %</b>; over seeds 1-20 it ended at 49-68 %. "
                "<b>Variant</b> (one change, the activation): tanh bends the boundary and ends at "
                "96-98 %.",
            ),
        ),
        "sigmoid_saturation": (
            QCoreApplication.translate("LessonPanel", "Sigmoid saturates with large initial weights"),
            QCoreApplication.translate(
                "LessonPanel",
                "<b>Baseline:</b> four sigmoid layers, weights 50× Xavier's, plain gradient descent. "
                "|z| is large for almost every point, so σ sits on its flat tails where σ′(z) ≈ 0 and "
                "the gradient reaching the first layer all but vanishes (log plot, right). Over seeds "
                "1-20 it ended at 49-78 %. <b>Variant</b> (one change, the scale): ×4, the scale "
                "Glorot recommends for sigmoid, keeps z where σ′ is large: 88-99 %. Why ×4: σ′ ≤ 0.25, "
                "and the weights multiply the gradient too; at Xavier's ×1 this deep sigmoid stack "
                "also stalls at 50 %.",
            ),
        ),
        "dead_relu": (
            QCoreApplication.translate("LessonPanel", "Dead ReLUs"),
            QCoreApplication.translate(
                "LessonPanel",
                "<b>Baseline:</b> ReLU, plain gradient descent at learning rate 3, on noisy moons. The "
                "first large steps push whole layers to z &lt; 0 on <b>every</b> point; there ReLU's "
                "gradient is exactly 0, so they never come back (red frames; the count is under the "
                "gradient plot). The network ends at 50 %, a guess, on every seed, with 9-14 of its 16 "
                "units dead. The cause is the learning rate. <b>Variant 1</b>, rate 0.1: 90-93 % over "
                "seeds 1-20, with at most 3 dead units. <b>Variant 2</b>, Leaky ReLU at the same rate 3: "
                "a slope of 0.01 for z &lt; 0 keeps every unit trainable: 78-90 % on 19 of seeds 1-20. "
                "Steps this large stay risky: on seed 19 it diverged (50 %).",
            ),
        ),
    }
