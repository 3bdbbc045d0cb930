"""Keys people can change: a [keys] table in the config, applied with Textual's set_keymap."""

import pytest

from marker.config import Config, load_config
from marker.errors import ConfigError
from marker.session import Decision
from marker.store import load
from marker.tui.app import MarkerApp
from marker.tui.keys import binding_ids, bindings
from test_tui_marking import demo_marking, wait_for_evidence


def test_the_keys_table_is_read(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('assessor = "Ann"\n[keys]\n"marking.pass" = "y"\n"marking.referral" = "x,ctrl+r"\n')
    assert load_config(path).keys == {"marking.pass": "y", "marking.referral": "x,ctrl+r"}


@pytest.mark.parametrize("text", ['keys = "y"\n', '[keys]\n"marking.pass" = 1\n', '[keys]\n"marking.pass" = ""\n'])
def test_a_bad_keys_table_is_one_line_naming_the_file(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=r"config.toml: \[keys\] must map binding ids to keys"):
        load_config(path)


def test_every_binding_has_an_id_so_it_can_be_remapped():
    assert [f"{cls.__name__} {b.key}" for cls, b in bindings(MarkerApp) if not b.id] == []
    assert {"marking.pass", "marking.referral", "home.new", "qa.agree", "app.quit"} <= binding_ids(MarkerApp)


async def test_a_remapped_key_decides_and_the_old_one_no_longer_does(tmp_path):
    app, marking = demo_marking(tmp_path)
    app.config = Config(assessor="Ann Assessor", keys={"marking.pass": "y"})
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for_evidence(pilot, app)
        await pilot.press("y", "j", "p")
        await pilot.press("ctrl+q")
    stored = load(marking.path)
    assert stored.criteria["1.1"].decision is Decision.PASS
    assert stored.criteria["1.2"].decision is Decision.UNMARKED


async def test_an_unknown_id_is_pointed_out(tmp_path):
    app, _ = demo_marking(tmp_path)
    app.config = Config(assessor="Ann Assessor", keys={"marking.pas": "y"})
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        warnings = [n for n in app._notifications if n.title == "Unknown key id"]
        assert len(warnings) == 1 and "marking.pas" in str(warnings[0].message)
        await pilot.press("ctrl+q")
