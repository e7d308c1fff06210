"""The web UI in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn

from storyline.api import create_app
from storyline.models import Analysis, Document, Entity, Event, EventSource, Mention, Quote, QuoteRecord
from storyline.store import Store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TEXT = "« Nous continuerons », a déclaré Karoline Leavitt le 19 mars."
NAME = TEXT.index("Karoline")
SAID = TEXT.index("Nous"), TEXT.index(" »")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    with Store(db) as store:
        doc = Document(id="d1", source="a.txt", text=TEXT, title="Leavitt parle",
                       published="2025-03-19", published_precision="day", outlet="Dan Tri")
        analysis = Analysis(document="d1", mentions=(Mention(NAME, NAME + 16, "Karoline Leavitt", "E1"),),
                            quotes=(Quote(*SAID, "Nous continuerons", "direct", "E1",
                                          "Karoline Leavitt", "déclarer"),))
        store.add(doc, analysis)
        store.replace_resolution(
            [doc], [Entity(id="e1", name="Karoline Leavitt", type="PER", mentions=1,
                           documents=("d1",))],
            [QuoteRecord(id="q1", document="d1", text="Nous continuerons", kind="direct",
                         start=SAID[0], end=SAID[1], speaker="e1", cue="déclarer")],
            [Event(id="v1", type="CONSULT", mode="phone", actors=("e1",), date="2025-03-18",
                   mentions=(EventSource("d1", 0, 5, "Une phrase."),), disputed=("date",))])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="error")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    for _ in range(100):
        if instance.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(server):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield browser.new_page()
        browser.close()


def test_navigation_from_articles_to_reader(page, server):
    page.goto(server + "/")
    page.click("text=Leavitt parle")
    assert page.url.endswith("/documents/d1")
    assert page.locator("#reader .quote").first.inner_text() == "Nous continuerons"
    assert page.locator("#reader .entity").first.inner_text() == "Karoline Leavitt"


def test_timeline_flags_disagreement(page, server):
    page.goto(server + "/timeline")
    row = page.locator("#timeline tr.disputed")
    assert row.count() == 1
    assert "sources disagree on: date" in row.inner_text()


def test_quote_filter_by_speaker(page, server):
    page.goto(server + "/quotes")
    page.fill("input[name=speaker]", "leavitt")
    page.click("text=Filter")
    assert page.locator("#quotes tr").count() == 2  # header + one quote
    page.fill("input[name=speaker]", "personne")
    page.click("text=Filter")
    assert page.locator("#quotes tr").count() == 1
