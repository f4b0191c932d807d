"""Cyclic garbage is collected on the UI thread only (ui/collector.py): never on an
autosave writer's thread, where destroying a Qt object leaves its timers behind."""

from __future__ import annotations

import gc
import threading
import weakref

from ui.collector import Collector


class Node:
    pass


def cycle() -> weakref.ref:
    node = Node()
    node.me = node
    return weakref.ref(node)


def test_another_thread_never_collects_and_the_ui_thread_does(qtbot):
    collector = Collector()
    assert not gc.isenabled()
    gone = cycle()

    def allocate() -> None:  # as a writer does: well past gc's threshold
        for _ in range(20):
            [Node() for _ in range(1000)]

    writer = threading.Thread(target=allocate)
    writer.start()
    writer.join()
    assert gone() is not None, "nothing was collected on the writer's thread"
    kept = [Node() for _ in range(1000)]  # the UI thread's own allocations, past the threshold
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    del collector, kept


def test_after_launch_what_lives_on_is_set_aside_and_new_garbage_still_goes(qtbot):
    """``settle`` (at the first frame): what launch made is frozen out of later
    collections, which still find the cycles made after it."""
    from ui.collector import settle

    collector = Collector()
    before = cycle()
    try:
        settle()
        assert before() is None, "launch's own garbage went first"
        assert gc.get_freeze_count() > 0
        gone = cycle()
        kept = [Node() for _ in range(1000)]
        qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    finally:
        gc.unfreeze()
    del collector, kept
