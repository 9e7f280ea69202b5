"""load_documents: files and folders in any mix; whatever cannot be read is skipped, never raised."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kg.ingest import load_documents
from kg.model import Document, Skipped

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "ingest"
SEEDS = ROOT / "seeds"


def origins(items: list[Document | Skipped]) -> list[str]:
    return [item.origin for item in items]


def test_load_documents_reads_the_fixture_folder_and_skips_the_binary_file() -> None:
    items = list(load_documents([DATA]))
    skipped = {Path(item.origin.split(":")[0]).name: item for item in items if isinstance(item, Skipped)}
    assert "binary.txt" in skipped
    assert "cannot decode" in skipped["binary.txt"].reason
    documents = [item for item in items if isinstance(item, Document)]
    names = {Path(doc.origin.split("#")[0].split(":")[0]).name for doc in documents}
    assert names == {
        "articles.jsonl",
        "digest.txt",
        "gb18030_zh.txt",
        "page_en.html",
        "page_zh.html",
        "utf16be_no_bom_en.txt",
        "utf16le_bom_zh.txt",
        "utf8_bom_crlf.md",
    }
    assert not any(name.endswith((".csv", ".py")) for name in names | set(skipped))


def test_load_documents_walks_folders_in_sorted_order(tmp_path: Path) -> None:
    for relative in ["b/z.txt", "b/a.md", "a.txt", "c.jsonl", "b/sub/y.txt"]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('{"text": "Line."}' if relative.endswith(".jsonl") else f"Text of {relative}.")
    found = [
        Path(origin).relative_to(tmp_path).as_posix() for origin in origins(list(load_documents([tmp_path])))
    ]
    assert found == ["a.txt", "b/a.md", "b/sub/y.txt", "b/z.txt", "c.jsonl:1"]


def test_load_documents_passes_over_hidden_unsupported_and_readme_files_in_folders(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("git notes")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "table.csv").write_text("a,b")
    (tmp_path / "news.TXT").write_text("中巴跨境光缆正式开通。", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this corpus")
    (tmp_path / "LICENSE.txt").write_text("MIT")
    assert origins(list(load_documents([tmp_path]))) == [str(tmp_path / "news.TXT")]


def test_load_documents_reads_a_readme_named_explicitly(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About this corpus\n\nIt holds news.")
    [item] = list(load_documents([tmp_path / "README.md"]))
    assert isinstance(item, Document)
    assert item.title == "About this corpus"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        pytest.param("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf'", id="unsupported"),
        pytest.param("README", b"text", "unsupported file type '(no suffix)'", id="no-suffix"),
        pytest.param("empty.txt", b"", "empty", id="empty"),
        pytest.param("blank.md", b"  \n\n ", "empty", id="blank"),
        pytest.param("binary.txt", bytes(range(256)) * 8, "cannot decode", id="binary"),
        pytest.param("bad.md", b"---\ntitle: [unclosed\n---\nBody.", "invalid YAML", id="bad-front-matter"),
        pytest.param(
            "menu.html",
            b"<html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav></body></html>",
            "no main text",
            id="no-main-text",
        ),
    ],
)
def test_load_documents_skips_explicit_files_it_cannot_read(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [item] = list(load_documents([path]))
    assert isinstance(item, Skipped)
    assert item.origin.startswith(str(path))
    assert reason in item.reason


def test_load_documents_skips_missing_paths_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The cable opened.")
    items = list(load_documents([tmp_path / "missing.txt", str(tmp_path / "a.txt"), tmp_path / "nope"]))
    assert [type(item).__name__ for item in items] == ["Skipped", "Document", "Skipped"]
    assert isinstance(items[0], Skipped)
    assert "no such file or folder" in items[0].reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_load_documents_skips_paths_that_are_neither_files_nor_folders(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [item] = list(load_documents([fifo]))
    assert isinstance(item, Skipped)
    assert "not a regular file" in item.reason


def test_load_documents_skips_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("The cable opened.")
    (tmp_path / "b.txt").write_text("The cable closed.")
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = list(load_documents([tmp_path]))
    assert isinstance(items[0], Skipped)
    assert "Permission denied" in items[0].reason
    assert isinstance(items[1], Document)


def test_load_documents_skips_folders_it_cannot_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("The cable opened.")
    real_walk = os.walk

    def walk(top: Path, onerror: Callable[[OSError], None]) -> Iterator[tuple[str, list[str], list[str]]]:
        onerror(PermissionError(13, "Permission denied", str(Path(top, "locked"))))
        yield from real_walk(top, onerror=onerror)

    monkeypatch.setattr(os, "walk", walk)
    items = list(load_documents([tmp_path]))
    assert [type(item).__name__ for item in items] == ["Skipped", "Document"]
    assert items[0].origin == str(tmp_path / "locked")
    assert isinstance(items[0], Skipped)
    assert "Permission denied" in items[0].reason


def test_load_documents_reports_the_line_of_broken_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: fine\nsource: a: b\n---\nBody.")
    [item] = list(load_documents([path]))
    assert isinstance(item, Skipped)
    assert item.origin == f"{path}:3"
    assert item.reason.startswith("invalid YAML")


def test_load_documents_gives_the_same_ids_for_the_same_text(tmp_path: Path) -> None:
    shutil.copy(SEEDS / "digital-silk-road-digest.txt", tmp_path / "copy.txt")
    first = [
        item.id
        for item in load_documents([SEEDS / "digital-silk-road-digest.txt"])
        if isinstance(item, Document)
    ]
    again = [item.id for item in load_documents([tmp_path / "copy.txt"]) if isinstance(item, Document)]
    assert first == again
    assert len(set(first)) == 2


def test_load_documents_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "b.txt").write_text("Second.")
    iterator = load_documents([tmp_path])
    first = next(iterator)
    assert isinstance(first, Document)
    assert first.text == "First."


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".jsonl"])
@pytest.mark.parametrize(
    "content",
    [
        pytest.param(bytes(random.Random(7).randrange(256) for _ in range(4096)), id="random-bytes"),
        pytest.param(b"\x00" * 512, id="nul-bytes"),
        pytest.param(b"\xef\xbb\xbf", id="bom-only"),
        pytest.param(b"---\n" * 3, id="rules-only"),
        pytest.param(b"[" * 50_000, id="deep-nesting"),
        pytest.param(b"<" * 5000, id="angle-brackets"),
        pytest.param(b"." * 50_000, id="periods"),
        pytest.param("。".encode() * 20_000 + b"!" * 20_000, id="terminators"),
        pytest.param(b"**a " * 10_000, id="unclosed-bold"),
        pytest.param(b"<!--" * 10_000, id="unclosed-comments"),
    ],
)
def test_load_documents_never_raises_on_garbage(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"garbage{suffix}"
    path.write_bytes(content)
    items = list(load_documents([path]))
    assert all(isinstance(item, Document | Skipped) for item in items)
