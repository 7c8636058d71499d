"""The packaging files agree with each other and with the one version; the freedesktop validators accept them."""

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

from mixplanner import __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "nl.mixplanner.app"
PLAN_TYPE = "application/x-mixplanner-plan"


def _validator(*command: str) -> subprocess.CompletedProcess | None:
    """Run a freedesktop validator when it is installed (CI installs both; see .ci/run)."""
    if shutil.which(command[0]) is None:
        return None
    return subprocess.run(command, capture_output=True, text=True)


def test_desktop_entry_starts_mixplanner_with_its_icon_and_plan_type():
    path = LINUX / f"{APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Exec"], desktop["Icon"]) == ("Application", "mixplanner %f", APP_ID)
    assert desktop["MimeType"].split(";")[:-1] == [PLAN_TYPE]
    done = _validator("desktop-file-validate", str(path))
    if done is not None:
        assert done.returncode == 0 and "error" not in done.stdout, done.stdout + done.stderr


def test_metainfo_names_the_desktop_file_the_plan_type_and_the_current_version():
    path = LINUX / f"{APP_ID}.metainfo.xml"
    component = ET.parse(path).getroot()
    assert component.get("type") == "desktop-application" and component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert [m.text for m in component.iter("mediatype")] == [PLAN_TYPE]
    assert component.find("releases/release").get("version") == __version__  # the newest release comes first
    done = _validator("appstreamcli", "validate", "--no-net", str(path))
    if done is not None:
        assert done.returncode == 0, done.stdout + done.stderr


def test_mime_type_claims_the_mixplan_extension():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == PLAN_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.mixplan"]


def test_changelog_has_a_section_for_the_current_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(__version__)}\]", changelog, re.M)


def test_spec_reads_the_one_version_and_the_installer_must_be_given_it():
    spec = (ROOT / "packaging" / "mixplanner.spec").read_text(encoding="utf-8")
    assert 'ROOT / "mixplanner" / "__init__.py"' in spec and 'bundle_identifier="nl.mixplanner.app"' in spec
    assert not re.search(r"\b\d+\.\d+\.\d+\b", spec)  # no version written into the spec
    iss = (ROOT / "packaging" / "windows" / "mixplanner.iss").read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in iss and "AppVersion={#AppVersion}" in iss
    assert '#define AppExe "mixplanner.exe"' in iss and 'name="mixplanner"' in spec  # the exe the spec builds


def test_generated_icons_hold_the_sizes_each_system_asks_for():
    icons = ROOT / "resources" / "icons"
    assert [Image.open(icons / f"mixplanner-{s}.png").size for s in (256, 512)] == [(256, 256), (512, 512)]
    ico = Image.open(icons / "mixplanner.ico")
    assert sorted(ico.ico.sizes()) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    icns = Image.open(icons / "mixplanner.icns")
    assert {size[:2] for size in icns.info["sizes"]} >= {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)}
