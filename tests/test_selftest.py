"""The Qt-free half of `mixplanner --self-test`: it passes on a good install and names what is wrong on a bad one."""

import io

import pytest

from mixplanner import selftest
from mixplanner.selftest import CheckFailed, CoreChecks, Step, run_self_test, run_steps


def test_every_core_step_passes_on_the_checkout():
    out = io.StringIO()
    assert run_self_test(out=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("mixplanner ") and lines[-1] == "self-test passed: 6 of 6 steps OK"
    steps = dict(line.split("  ", 1) for line in lines[1:-1])
    assert [name.strip() for name in steps] == ["example loaded", "CSV and Excel read", "scenario projected",
                                                "PDF summary written", "icons present", "translations present"]
    assert all(result.lstrip().startswith("OK (") for result in steps.values())
    # the README's figures for the example: 5,085 dwellings (and 60 intramural places) in the base year 2026
    assert "5,085 dwellings in 2026" in out.getvalue()


def test_a_failed_step_is_one_line_the_others_still_run_and_the_exit_code_is_1():
    def wrong():
        raise CheckFailed("the thing is wrong")

    out = io.StringIO()
    code = run_steps([Step("first", lambda: "fine"), Step("second", wrong), Step("third", lambda: 1 / 0),
                      Step("fourth", lambda: "also fine")], out)
    assert code == 1
    assert out.getvalue().splitlines() == [
        "first   OK (fine)",
        "second  FAILED: the thing is wrong",
        "third   FAILED: ZeroDivisionError: division by zero",
        "fourth  OK (also fine)",
        "self-test FAILED: 2 of 4 steps OK",
    ]


def test_a_wrong_count_of_the_example_fails_the_projection(tmp_path, monkeypatch):
    monkeypatch.setattr(selftest, "EXAMPLE_DWELLINGS", 5000)
    checks = CoreChecks(tmp_path)
    checks.load_example()
    with pytest.raises(CheckFailed, match="counts 5,085 dwellings and 60 intramural places in 2026, not 5,000 and 60"):
        checks.project()


def test_later_steps_say_which_earlier_step_they_needed(tmp_path):
    checks = CoreChecks(tmp_path)
    with pytest.raises(CheckFailed, match="needs the example, which did not load"):
        checks.project()
    with pytest.raises(CheckFailed, match="needs the projection, which failed"):
        checks.write_pdf()


def test_missing_icons_and_translations_are_named(tmp_path, monkeypatch):
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "mixplanner.svg").write_text("<svg/>")
    (tmp_path / "icons" / "mixplanner.ico").write_bytes(b"")  # an empty file counts as missing
    monkeypatch.setattr(selftest, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    checks = CoreChecks(tmp_path)
    with pytest.raises(CheckFailed, match="mixplanner-256.png, mixplanner-512.png, mixplanner.ico, mixplanner.icns$"):
        checks.find_icons()
    with pytest.raises(CheckFailed, match="translations is missing"):
        checks.find_translations()
