"""Refused files in the Chinese interface: layer files that cannot be loaded, exports that fail.

The Qt-free readers and writers explain in English, with a code and the
details; the interface says it in Chinese, keeping the file name, the path
and the numbers. What stays in Latin letters is only what comes from the
file or the system: names, quoted text, ids, and format names (JSON, UTF-8).
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

from actgui.files import atomic
from actgui.files.atomic import ExportError, check_target
from actgui.files.layer_file import LayerFileError, load_layer
from actgui.model import ACTIVATIONS
from actgui.state.layer import LayerState
from actgui.ui import i18n
from actgui.ui.file_errors import export_error_text, layer_error_text, os_error_text
from actgui.ui.forward.file_actions import FileActions

ROOT = Path(__file__).resolve().parents[1]
CORPUS_FILES = sorted(
    p for folder in (ROOT / "data" / "layer_corpus", ROOT / "robustness" / "corpus" / "layer")
    for p in folder.iterdir() if p.suffix == ".json"
)  # fmt: skip

FORMAT_NAMES = {"JSON", "UTF", "PNG", "actgui", "kB", "MB"}
"""Names that Chinese text writes in Latin letters too."""

_FROM_THE_FILE = re.compile(
    r"'[^']*'?|\"[^\"]*\"|“[^”]*”"  # quoted text (a cut quote may lack its end)
    r"|\b(?:True|False|None|true|false|null|NaN|Infinity|inf|nan)\b"  # values spelled out
)
_IDENTIFIERS = {act_id for act_id in ACTIVATIONS} | {
    param.name for act in ACTIVATIONS.values() for param in act.params
}


def english_words(text: str, *shown: str) -> set[str]:
    """The words of two or more Latin letters in ``text`` that are not data.

    ``shown`` (a file name, a path) is taken out first, then text quoted from
    the file, spelled-out values, activation and parameter ids and format names.
    """
    for part in shown:
        text = text.replace(part, " ")
    text = _FROM_THE_FILE.sub(" ", text)
    return {w for w in re.findall(r"[A-Za-z_]{2,}", text) if w not in _IDENTIFIERS | FORMAT_NAMES}


def assert_chinese(text: str, *shown: str) -> None:
    assert re.search(r"[\u4e00-\u9fff]", text), text
    assert not english_words(text, *shown), (english_words(text, *shown), text)
    for part in shown:
        assert part in text, (part, text)


@pytest.fixture
def chinese(qapp):
    """The interface in Chinese for the test, English again afterwards."""
    i18n.install_language(qapp, "zh_CN")
    yield qapp
    i18n.install_language(qapp, "en")


@pytest.fixture
def files(qtbot):
    actions = FileActions(LayerState())
    qtbot.addWidget(actions)
    messages: list[tuple[str, bool]] = []
    actions.message.connect(lambda text, error: messages.append((text, error)))
    actions.messages = messages  # type: ignore[attr-defined]
    return actions


# -- layer files -----------------------------------------------------------------------------


def test_every_refused_layer_file_is_explained_in_chinese(chinese, files):
    codes = set()
    for path in CORPUS_FILES:
        assert not files.load_from(path), path.name
        text, error = files.messages[-1]
        assert error
        assert_chinese(text, path.name)
        assert text.endswith("未做任何更改。"), text
        try:
            load_layer(path)
        except LayerFileError as exc:
            codes.add(exc.code)
        except ValueError:
            codes.add("model")
    assert len(codes) >= 25, sorted(codes)  # nearly every kind of refusal was seen


def test_a_refusal_keeps_the_numbers_of_the_english_message(chinese, files):
    path = ROOT / "data" / "layer_corpus" / "x_wrong_length.json"
    with pytest.raises(LayerFileError) as english:
        load_layer(path)
    assert str(english.value) == "x must have shape (1, 10) or (10,) to match W, got (9,)"
    files.load_from(path)
    text = files.messages[-1][0]
    assert "x 必须有 10 个数" in text and "文件中有 9 个" in text, text


def test_missing_and_folder_and_oversized_files(chinese, files, tmp_path):
    missing = tmp_path / "没有.json"
    files.load_from(missing)
    assert "文件或文件夹不存在" in files.messages[-1][0]
    assert_chinese(files.messages[-1][0], missing.name)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    files.load_from(folder)
    assert "不是普通文件" in files.messages[-1][0]
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1_500_000)
    files.load_from(big)
    assert "1.5 MB" in files.messages[-1][0] and "1000 kB" in files.messages[-1][0]
    assert_chinese(files.messages[-1][0], big.name)


def test_layer_messages_in_english_say_the_same_as_the_file_reader(qapp, files):
    i18n.install_language(qapp, "en")
    for name, expected in (
        ("x_wrong_length.json", "x must have 10 numbers, one per row of W, got 9"),
        ("bad_json_truncated.json", "invalid JSON at line 1, column 252: a comma was expected"),
        ("bool_in_x.json", "x[0][0] must be a number, got a Boolean True"),
        ("param_out_of_range.json", "parameter 'temperature' must be a number in [0.05, 20], got 0.0"),
    ):
        files.load_from(ROOT / "data" / "layer_corpus" / name)
        assert files.messages[-1][0] == f"Could not load {name}: {expected}. Nothing was changed."


def test_an_unknown_code_or_json_reason_falls_back_to_the_details(chinese):
    assert layer_error_text(ValueError("something new")) == "something new"
    unknown = LayerFileError("invalid JSON: Odd thing (line 3, column 4)", "invalid_json",
                             reason="Odd thing", line=3, column=4)  # fmt: skip
    assert layer_error_text(unknown) == "JSON 格式错误，位于第 3 行第 4 列"


def test_saving_into_a_missing_folder_is_explained_in_chinese(chinese, files, tmp_path):
    target = tmp_path / "gone" / "layer.json"
    assert not files.save_to(target)
    assert_chinese(files.messages[-1][0], target.name)
    assert "文件或文件夹不存在" in files.messages[-1][0]
    assert not files.export_csv_to(tmp_path / ("x" * 300 + ".csv"))
    assert "文件名太长" in files.messages[-1][0]
    assert not files.save_to(str(tmp_path / "a\0b.json"))
    assert "文件名无效" in files.messages[-1][0]


# -- operating-system errors -------------------------------------------------------------------

OS_ERRORS = ("ENOENT", "EACCES", "EPERM", "ENOSPC", "EDQUOT", "EROFS", "EISDIR", "ENOTDIR",
             "ENAMETOOLONG", "EEXIST", "EBUSY", "EIO")  # fmt: skip


def test_common_os_errors_have_distinct_chinese_explanations(chinese):
    import os

    codes = {name: getattr(errno, name) for name in OS_ERRORS}
    texts = {name: os_error_text(code, os.strerror(code)) for name, code in codes.items()}
    for text in texts.values():
        assert_chinese(text)
    assert len(set(texts.values())) == len(OS_ERRORS)
    other = os_error_text(errno.ELOOP, os.strerror(errno.ELOOP))
    assert other.startswith(f"系统错误 {errno.ELOOP}：")  # unknown: the number and the system's words


@pytest.mark.parametrize("name", OS_ERRORS)
def test_an_os_error_while_checking_the_target_keeps_the_path(chinese, tmp_path, monkeypatch, name):
    def refuse(target: Path) -> Path:
        code = getattr(errno, name)
        raise OSError(code, "English words from the system", str(target))

    monkeypatch.setattr(atomic, "_check_target", refuse)
    target = tmp_path / "figure.png"
    with pytest.raises(ExportError) as refused:
        check_target(target)
    assert str(refused.value) == f"cannot write {target}: English words from the system"  # the CLI's line
    text = export_error_text(refused.value)
    assert text == f"无法写入 {target}：{os_error_text(getattr(errno, name), None)}"
    assert_chinese(text, str(target))
